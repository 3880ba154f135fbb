/**
 * FIX data dictionary comparison (QuickFIX XML, read by generators/fix/model.ts). Messages are
 * matched by MsgType, fields by tag (the wire identity). A FIX field is a message's "property", so
 * the property, type and enum rules apply with the same direction logic as the JSON contracts:
 * what the client sends (NewOrderSingle, OrderCancelRequest, ...) may only loosen, what the venue
 * sends (ExecutionReport, market data, rejects) may only tighten or gain optional fields, and the
 * session messages and standard header/trailer, which flow both ways, must do both.
 *
 * Pointers address the dictionary as if it were JSON: `/messages/<MsgType>/fields/<Name>` (and on
 * into repeating groups), `/fields/<Name>` for a field definition.
 */
import { escapeToken } from '../core/contract-error.ts';
import type { FixDictionary, FixField, FixMember } from '../fix/model.ts';
import { type Finding, finding, type RuleId } from './rules.ts';
import type { Direction } from './schema-diff.ts';

/** FIX 4.4 application messages a client (the buy side) sends; the venue answers with the others. */
const CLIENT_SENT = new Set([
  'D',
  'E',
  'F',
  'G',
  'H',
  'K',
  'L',
  'M',
  'R',
  'V',
  'c',
  'e',
  'g',
  'q',
  'x',
  'AD',
  'AF',
  'BE',
]);
/** FIX 4.4 application messages the venue (the sell side) sends. */
const VENUE_SENT = new Set(['8', '9', 'N', 'W', 'X', 'Y', 'd', 'f', 'h', 'j', 'r', 'y', 'AE', 'AQ', 'BF']);

interface Unit {
  readonly name: string;
  readonly label: string;
  readonly ptr: string;
  readonly members: FixMember[];
  readonly directions: Direction[];
}

function units(dict: FixDictionary): Map<string, Unit> {
  const both: Direction[] = ['request', 'response'];
  const out = new Map<string, Unit>();
  out.set('header', {
    name: 'header',
    label: 'FIX header',
    ptr: '/header',
    members: dict.header,
    directions: both,
  });
  out.set('trailer', {
    name: 'trailer',
    label: 'FIX trailer',
    ptr: '/trailer',
    members: dict.trailer,
    directions: both,
  });
  for (const m of dict.messages) {
    const directions: Direction[] =
      m.category === 'admin'
        ? both
        : CLIENT_SENT.has(m.msgType)
          ? ['request']
          : VENUE_SENT.has(m.msgType)
            ? ['response']
            : both;
    out.set(`35=${m.msgType}`, {
      name: m.name,
      label: `FIX ${m.name} (35=${m.msgType})`,
      ptr: `/messages/${escapeToken(m.msgType)}`,
      members: m.members,
      directions,
    });
  }
  return out;
}

class FixComparer {
  private readonly baseFields: Map<number, FixField>;
  private readonly revFields: Map<number, FixField>;

  constructor(
    base: FixDictionary,
    rev: FixDictionary,
    private readonly out: Finding[],
  ) {
    this.baseFields = new Map(base.fields.map((f) => [f.tag, f]));
    this.revFields = new Map(rev.fields.map((f) => [f.tag, f]));
  }

  private emit(rule: RuleId, location: string, ptr: string, message: string): void {
    this.out.push(finding(rule, location, ptr, message));
  }

  private fieldName(tag: number, fields: Map<number, FixField>): string {
    return `${fields.get(tag)?.name ?? 'field'} (${tag})`;
  }

  members(unit: Unit, before: FixMember[], after: FixMember[], ptr: string, dir: Direction): void {
    const req = dir === 'request';
    const revByTag = new Map(after.map((m) => [m.tag, m]));
    const baseTags = new Set(before.map((m) => m.tag));
    for (const b of before) {
      const name = this.fieldName(b.tag, this.baseFields);
      const at = `${ptr}/fields/${escapeToken(this.baseFields.get(b.tag)?.name ?? String(b.tag))}`;
      const r = revByTag.get(b.tag);
      if (!r) {
        const rule = req ? 'request-property-removed' : 'response-property-removed';
        this.emit(rule, unit.label, at, `Field ${name} was removed from ${unit.name}.`);
        continue;
      }
      if (b.required !== r.required) {
        const text = `Field ${name} of ${unit.name} is now ${r.required ? 'required' : 'optional'}.`;
        if (req)
          this.emit(r.required ? 'request-property-made-required' : 'request-loosened', unit.label, at, text);
        else
          this.emit(
            r.required ? 'response-tightened' : 'response-property-made-optional',
            unit.label,
            at,
            text,
          );
      }
      this.definition(unit, b.tag, dir);
      if (b.group || r.group) this.members(unit, b.group?.members ?? [], r.group?.members ?? [], at, dir);
    }
    for (const r of after) {
      if (baseTags.has(r.tag)) continue;
      const name = this.fieldName(r.tag, this.revFields);
      const at = `${ptr}/fields/${escapeToken(this.revFields.get(r.tag)?.name ?? String(r.tag))}`;
      if (req && r.required)
        this.emit(
          'request-property-required-added',
          unit.label,
          at,
          `Required field ${name} was added to ${unit.name}.`,
        );
      else if (req)
        this.emit(
          'request-property-added',
          unit.label,
          at,
          `Optional field ${name} was added to ${unit.name}.`,
        );
      else this.emit('response-property-added', unit.label, at, `Field ${name} was added to ${unit.name}.`);
    }
  }

  /** A field's type and enum values, as the message using it in `dir` sees them. */
  private definition(unit: Unit, tag: number, dir: Direction): void {
    const b = this.baseFields.get(tag);
    const r = this.revFields.get(tag);
    if (!b || !r) return;
    const req = dir === 'request';
    const ptr = `/fields/${escapeToken(r.name)}`;
    const name = `${r.name} (${tag})`;
    if (b.type !== r.type) {
      const text = `The type of field ${name} changed from ${b.type} to ${r.type}.`;
      this.emit(req ? 'request-type-changed' : 'response-type-changed', unit.label, `${ptr}/type`, text);
    }
    const before = b.values.map((v) => v.value);
    const after = r.values.map((v) => v.value);
    const described = new Map([...b.values, ...r.values].map((v) => [v.value, v.description]));
    if (before.length > 0 && after.length > 0) {
      const removed = before.filter((v) => !after.includes(v));
      const added = after.filter((v) => !before.includes(v));
      const list = (values: string[]) =>
        values
          .map((v) => `${JSON.stringify(v)}${described.get(v) ? ` (${described.get(v)})` : ''}`)
          .join(', ');
      if (removed.length > 0) {
        const text = `Field ${name} in ${unit.name} no longer has the value(s) ${list(removed)}.`;
        this.emit(
          req ? 'request-enum-value-removed' : 'response-tightened',
          unit.label,
          `${ptr}/values`,
          text,
        );
      }
      if (added.length > 0) {
        const text = `Field ${name} in ${unit.name} may now have the value(s) ${list(added)}.`;
        this.emit(req ? 'request-loosened' : 'response-enum-value-added', unit.label, `${ptr}/values`, text);
      }
    } else if (after.length > 0 && before.length === 0) {
      const text = `Field ${name} in ${unit.name} is now restricted to a list of values.`;
      this.emit(
        req ? 'request-constraint-narrowed' : 'response-tightened',
        unit.label,
        `${ptr}/values`,
        text,
      );
    } else if (before.length > 0 && after.length === 0) {
      const text = `Field ${name} in ${unit.name} is no longer restricted to a list of values.`;
      this.emit(req ? 'request-loosened' : 'response-constraint-widened', unit.label, `${ptr}/values`, text);
    }
  }
}

/** All findings between two FIX data dictionaries. */
export function compareFix(base: FixDictionary, rev: FixDictionary): Finding[] {
  const out: Finding[] = [];
  const comparer = new FixComparer(base, rev, out);
  const before = units(base);
  const after = units(rev);
  for (const [key, unit] of before) {
    const other = after.get(key);
    if (!other) {
      out.push(finding('message-removed', unit.label, unit.ptr, `The message ${unit.name} was removed.`));
      continue;
    }
    for (const dir of other.directions) comparer.members(other, unit.members, other.members, other.ptr, dir);
  }
  for (const [key, unit] of after) {
    if (before.has(key)) continue;
    const onlyClient = unit.directions.length === 1 && unit.directions[0] === 'request';
    const rule = onlyClient ? 'request-message-added' : 'response-message-added';
    out.push(finding(rule, unit.label, unit.ptr, `The message ${unit.name} was added.`));
  }
  return out;
}
