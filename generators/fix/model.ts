/**
 * The dictionary model: a QuickFIX XML data dictionary resolved into fields (by tag), messages
 * (by MsgType) with their ordered fields and repeating groups, header and trailer. Components are
 * expanded in place, as QuickFIX does, so consumers see flat field lists.
 */
import { parseXml, type XmlElement } from './xml.ts';

export interface FixEnumValue {
  value: string;
  description: string;
}

export interface FixField {
  tag: number;
  name: string;
  type: string;
  values: FixEnumValue[];
}

export interface FixMember {
  tag: number;
  required: boolean;
  /** Present when this member is a repeating group's NumInGroup field. */
  group?: FixGroup;
}

export interface FixGroup {
  /** The first member of each instance (the delimiter), as the dictionary orders them. */
  members: FixMember[];
}

export interface FixMessage {
  name: string;
  msgType: string;
  category: 'admin' | 'app';
  members: FixMember[];
}

export interface FixDictionary {
  beginString: string;
  header: FixMember[];
  trailer: FixMember[];
  messages: FixMessage[];
  fields: FixField[];
}

/** Spec section: QuickFIX data dictionary format (fix/header/trailer/messages/components/fields). */
export function readDictionary(xml: string): FixDictionary {
  const root = parseXml(xml);
  if (root.name !== 'fix') throw new Error('the root element must be <fix>');
  const beginString = `${root.attrs.type ?? 'FIX'}.${root.attrs.major}.${root.attrs.minor}`;
  const section = (name: string) => root.children.find((c) => c.name === name);

  const fields: FixField[] = [];
  const byName = new Map<string, FixField>();
  for (const f of section('fields')?.children ?? []) {
    const tag = Number(f.attrs.number);
    const name = f.attrs.name ?? '';
    if (!Number.isInteger(tag) || tag <= 0 || !name || !f.attrs.type) {
      throw new Error(`<field> needs number, name and type: ${JSON.stringify(f.attrs)}`);
    }
    if (byName.has(name) || fields.some((x) => x.tag === tag))
      throw new Error(`field ${name} (${tag}) is defined twice`);
    const values = f.children.map((v) => ({
      value: v.attrs.enum ?? '',
      description: v.attrs.description ?? '',
    }));
    const field: FixField = { tag, name, type: f.attrs.type, values };
    fields.push(field);
    byName.set(name, field);
  }

  const components = new Map<string, XmlElement>();
  for (const c of section('components')?.children ?? []) components.set(c.attrs.name ?? '', c);

  const members = (parent: XmlElement, seen: Set<string>): FixMember[] => {
    const out: FixMember[] = [];
    for (const child of parent.children) {
      const name = child.attrs.name ?? '';
      if (child.name === 'component') {
        const component = components.get(name);
        if (!component) throw new Error(`unknown component ${name}`);
        if (seen.has(name)) throw new Error(`component ${name} includes itself`);
        out.push(...members(component, new Set([...seen, name])));
        continue;
      }
      const field = byName.get(name);
      if (!field) throw new Error(`<${child.name} name="${name}"> refers to no defined field`);
      const member: FixMember = { tag: field.tag, required: child.attrs.required === 'Y' };
      if (child.name === 'group') {
        if (field.type !== 'NUMINGROUP') throw new Error(`group ${name} must be a NUMINGROUP field`);
        member.group = { members: members(child, seen) };
        if (member.group.members.length === 0) throw new Error(`group ${name} has no members`);
      } else if (child.name !== 'field') {
        throw new Error(`unexpected <${child.name}>`);
      }
      out.push(member);
    }
    return out;
  };

  const messages: FixMessage[] = [];
  for (const m of section('messages')?.children ?? []) {
    const category = m.attrs.msgcat === 'admin' ? 'admin' : 'app';
    messages.push({
      name: m.attrs.name ?? '',
      msgType: m.attrs.msgtype ?? '',
      category,
      members: members(m, new Set()),
    });
  }
  const header = members(section('header') ?? { name: 'header', attrs: {}, children: [] }, new Set());
  const trailer = members(section('trailer') ?? { name: 'trailer', attrs: {}, children: [] }, new Set());
  return { beginString, header, trailer, messages, fields };
}

/** The field with this tag; the model guarantees every member refers to one. */
export function fieldOf(dict: FixDictionary, tag: number): FixField {
  const f = dict.fields.find((x) => x.tag === tag);
  if (!f) throw new Error(`no field ${tag}`);
  return f;
}
