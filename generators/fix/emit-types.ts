/**
 * Emits `generated/fix/dictionary.ts`: tag constants, enum constants, the field and message
 * tables the session layer validates against, and one typed interface per message.
 */
import { docText, header, key, lit, pascalCase } from '../core/text.ts';
import { type FixDictionary, type FixField, type FixMember, fieldOf } from './model.ts';

export const SOURCE = 'spec/fix/FIX44.xml';
export const GENERATOR = 'generators/fix/index.ts';

/** A FIX enum description (`GOOD_TILL_CANCEL`) as a constant key (`GoodTillCancel`). */
export function enumKey(description: string): string {
  return pascalCase(description.toLowerCase());
}

/** The TypeScript type of a field's value in the typed message interfaces. */
export function tsType(field: FixField): string {
  if (field.values.length > 0 && field.type !== 'BOOLEAN' && field.type !== 'MULTIPLEVALUESTRING') {
    return field.name;
  }
  switch (field.type) {
    case 'INT':
    case 'SEQNUM':
    case 'LENGTH':
    case 'NUMINGROUP':
      return 'number';
    case 'BOOLEAN':
      return 'boolean';
    default:
      // PRICE, QTY and AMT stay decimal strings so that no value is ever rounded.
      return 'string';
  }
}

function memberTable(dict: FixDictionary, members: FixMember[], indent: string): string {
  const rows = members.map((m) => {
    const group = m.group ? `, group: { members: ${memberTable(dict, m.group.members, `${indent}  `)} }` : '';
    return `${indent}  { tag: ${m.tag}, required: ${m.required}${group} }, // ${fieldOf(dict, m.tag).name}`;
  });
  return `[\n${rows.join('\n')}\n${indent}]`;
}

function interfaceBody(dict: FixDictionary, members: FixMember[], indent: string): string {
  return members
    .map((m) => {
      const f = fieldOf(dict, m.tag);
      const opt = m.required ? '' : '?';
      if (m.group) {
        const inner = interfaceBody(dict, m.group.members, `${indent}  `);
        return `${indent}${key(f.name)}${opt}: Array<{\n${inner}\n${indent}}>;`;
      }
      return `${indent}/** Tag ${f.tag} (${f.type}). */\n${indent}${key(f.name)}${opt}: ${tsType(f)};`;
    })
    .join('\n');
}

/** Spec section: <fields> and <messages> of the QuickFIX dictionary. */
export function emitTypes(dict: FixDictionary): string {
  const out: string[] = [header(SOURCE, GENERATOR)];
  out.push(
    `/** The BeginString(8) of every message. */\nexport const BEGIN_STRING = ${lit(dict.beginString)};\n`,
  );
  out.push('/** Field tags by name. */\nexport const Tag = {');
  for (const f of [...dict.fields].sort((a, b) => a.tag - b.tag)) out.push(`  ${key(f.name)}: ${f.tag},`);
  out.push('} as const;\nexport type TagName = keyof typeof Tag;\n');

  for (const f of dict.fields) {
    if (f.values.length === 0) continue;
    out.push(`/** ${f.name}(${f.tag}) values. */\nexport const ${f.name} = {`);
    for (const v of f.values) out.push(`  ${key(enumKey(v.description))}: ${lit(v.value)},`);
    out.push(`} as const;\nexport type ${f.name} = (typeof ${f.name})[keyof typeof ${f.name}];\n`);
  }

  out.push(`/** A field definition: its tag, name, FIX data type and allowed values (empty = any). */
export interface FieldDef {
  readonly tag: number;
  readonly name: string;
  readonly type: string;
  readonly values: readonly string[];
}

/** A member of a message, header, trailer or group, in dictionary order. */
export interface MemberDef {
  readonly tag: number;
  readonly required: boolean;
  /** Set on a NumInGroup field: the members of each instance, the first being the delimiter. */
  readonly group?: { readonly members: readonly MemberDef[] };
}

export interface MessageDef {
  readonly name: string;
  readonly msgType: string;
  readonly category: 'admin' | 'app';
  readonly members: readonly MemberDef[];
}
`);
  out.push(
    '/** Every field the venue knows, by tag. */\nexport const FIELDS: Readonly<Record<number, FieldDef>> = {',
  );
  for (const f of [...dict.fields].sort((a, b) => a.tag - b.tag)) {
    const values = `[${f.values.map((v) => lit(v.value)).join(', ')}]`;
    out.push(`  ${f.tag}: { tag: ${f.tag}, name: ${lit(f.name)}, type: ${lit(f.type)}, values: ${values} },`);
  }
  out.push('};\n');
  out.push(`export const HEADER: readonly MemberDef[] = ${memberTable(dict, dict.header, '')};\n`);
  out.push(`export const TRAILER: readonly MemberDef[] = ${memberTable(dict, dict.trailer, '')};\n`);
  out.push('/** Every message the venue accepts or sends, by MsgType(35). */');
  out.push('export const MESSAGES: Readonly<Record<string, MessageDef>> = {');
  for (const m of dict.messages) {
    out.push(`  ${key(m.msgType)}: {`);
    out.push(`    name: ${lit(m.name)},\n    msgType: ${lit(m.msgType)},\n    category: ${lit(m.category)},`);
    out.push(`    members: ${memberTable(dict, m.members, '    ')},\n  },`);
  }
  out.push('};\n');
  for (const m of dict.messages) {
    out.push(`/** ${docText(`${m.name} (35=${m.msgType}), ${m.category} message.`)} */`);
    out.push(`export interface ${m.name} {\n${interfaceBody(dict, m.members, '  ')}\n}\n`);
  }
  out.push('/** Message bodies by MsgType(35). */\nexport interface MessageBodies {');
  for (const m of dict.messages) out.push(`  ${key(m.msgType)}: ${m.name};`);
  out.push('}\n');
  return out.join('\n');
}
