/**
 * Dictionary validation of a parsed message: field order, data formats, allowed values,
 * required fields and repeating groups. Failures carry the SessionRejectReason(373) and the
 * offending tag, as a session-level Reject must.
 */
import { FIELDS, SessionRejectReason as R } from '../../generated/fix/dictionary.ts';
import type { Field } from './codec.ts';
import {
  type GroupIndex,
  HEADER_INDEX,
  MESSAGE_INDEX,
  type MemberIndex,
  TRAILER_TAGS,
} from './dictionary.ts';
import { parseUtcTimestamp } from './time.ts';

export type FieldMap = Map<number, string>;

export interface FixMessage {
  readonly msgType: string;
  readonly seqNum: number;
  readonly header: FieldMap;
  readonly body: FieldMap;
  /** Repeating groups by NumInGroup tag: one map per instance. */
  readonly groups: Map<number, FieldMap[]>;
}

export interface Rejection {
  reason: number;
  refTag?: number;
  text: string;
}

export type ValidationResult = { ok: true; message: FixMessage } | { ok: false; rejection: Rejection };

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Checks a value against its field's type and enum; null when fine. */
export function checkValue(tag: number, value: string): Rejection | null {
  const def = FIELDS[tag];
  if (!def)
    return { reason: Number(R.InvalidTagNumber), refTag: tag, text: `tag ${tag} is not in the dictionary` };
  if (value === '')
    return {
      reason: Number(R.TagSpecifiedWithoutAValue),
      refTag: tag,
      text: `${def.name}(${tag}) has no value`,
    };
  let formatOk: boolean;
  switch (def.type) {
    case 'INT':
      formatOk = /^-?\d{1,15}$/.test(value);
      break;
    case 'SEQNUM':
    case 'LENGTH':
    case 'NUMINGROUP':
      formatOk = /^\d{1,15}$/.test(value);
      break;
    case 'PRICE':
    case 'QTY':
    case 'AMT':
    case 'FLOAT':
      formatOk = DECIMAL.test(value) && value.length <= 40;
      break;
    case 'CHAR':
      formatOk = value.length === 1;
      break;
    case 'BOOLEAN':
      formatOk = value === 'Y' || value === 'N';
      break;
    case 'UTCTIMESTAMP':
      formatOk = parseUtcTimestamp(value) !== null;
      break;
    default:
      formatOk = true;
  }
  if (!formatOk) {
    return {
      reason: Number(R.IncorrectDataFormatForValue),
      refTag: tag,
      text: `${def.name}(${tag}) is not a valid ${def.type}`,
    };
  }
  if (def.values.length > 0) {
    const tokens = def.type === 'MULTIPLEVALUESTRING' ? value.split(' ') : [value];
    if (!tokens.every((t) => def.values.includes(t))) {
      return {
        reason: Number(R.ValueIsIncorrect),
        refTag: tag,
        text: `${def.name}(${tag})=${value} is not an accepted value`,
      };
    }
  }
  return null;
}

function fail(rejection: Rejection): ValidationResult {
  return { ok: false, rejection };
}

function missing(index: MemberIndex, map: FieldMap, where: string): Rejection | null {
  for (const tag of index.required) {
    if (!map.has(tag)) {
      return {
        reason: Number(R.RequiredTagMissing),
        refTag: tag,
        text: `${FIELDS[tag]?.name}(${tag}) is required in ${where}`,
      };
    }
  }
  return null;
}

/** Reads the instances of a repeating group starting at fields[start]; returns the next index. */
function readGroup(
  fields: readonly Field[],
  last: number,
  groups: Map<number, FieldMap[]>,
  countTag: number,
  count: number,
  g: GroupIndex,
  start: number,
): number | Rejection {
  const instances: FieldMap[] = [];
  let j = start;
  while (j < last) {
    const f = fields[j] as Field;
    if (!g.allowed.has(f.tag)) break;
    if (f.tag === g.delimiter) instances.push(new Map());
    const current = instances[instances.length - 1];
    if (!current)
      return {
        reason: Number(R.RepeatingGroupFieldsOutOfOrder),
        refTag: f.tag,
        text: `group ${countTag} must start with tag ${g.delimiter}`,
      };
    if (current.has(f.tag))
      return {
        reason: Number(R.TagAppearsMoreThanOnce),
        refTag: f.tag,
        text: `tag ${f.tag} repeated in one group instance`,
      };
    const bad = checkValue(f.tag, f.value);
    if (bad) return bad;
    current.set(f.tag, f.value);
    j++;
    const inner = g.groups.get(f.tag);
    if (inner) return { reason: Number(R.Other), refTag: f.tag, text: 'nested groups are not supported' };
  }
  if (instances.length !== count) {
    return {
      reason: Number(R.IncorrectNumingroupCountForRepeatingGroup),
      refTag: countTag,
      text: `NumInGroup(${countTag})=${count} but ${instances.length} instances`,
    };
  }
  for (const inst of instances) {
    const m = missing(g, inst, `group ${countTag}`);
    if (m) return m;
  }
  groups.set(countTag, instances);
  return j;
}

/** Validates a whole message (fields from parseFields, BeginString first, CheckSum last). */
export function validateMessage(fields: readonly Field[]): ValidationResult {
  if (fields[2]?.tag !== 35)
    return fail({
      reason: Number(R.TagSpecifiedOutOfRequiredOrder),
      refTag: 35,
      text: 'MsgType(35) must be the third field',
    });
  const msgType = fields[2].value;
  const index = MESSAGE_INDEX.get(msgType);
  if (!index)
    return fail({
      reason: Number(R.InvalidMsgtype),
      refTag: 35,
      text: `MsgType ${msgType} is not supported`,
    });
  const header: FieldMap = new Map([
    [8, fields[0]?.value ?? ''],
    [9, fields[1]?.value ?? ''],
    [35, msgType],
  ]);
  const body: FieldMap = new Map();
  const groups = new Map<number, FieldMap[]>();
  let inBody = false;
  const last = fields.length - 1;
  if (fields[last]?.tag !== 10)
    return fail({
      reason: Number(R.TagSpecifiedOutOfRequiredOrder),
      refTag: 10,
      text: 'CheckSum(10) must be last',
    });

  let i = 3;
  while (i < last) {
    const f = fields[i] as Field;
    if (TRAILER_TAGS.has(f.tag))
      return fail({
        reason: Number(R.TagSpecifiedOutOfRequiredOrder),
        refTag: f.tag,
        text: 'CheckSum(10) must be last',
      });
    const bad = checkValue(f.tag, f.value);
    if (bad) return fail(bad);
    if (HEADER_INDEX.allowed.has(f.tag)) {
      if (inBody)
        return fail({
          reason: Number(R.TagSpecifiedOutOfRequiredOrder),
          refTag: f.tag,
          text: `header tag ${f.tag} after the body`,
        });
      if (header.has(f.tag))
        return fail({
          reason: Number(R.TagAppearsMoreThanOnce),
          refTag: f.tag,
          text: `tag ${f.tag} appears more than once`,
        });
      header.set(f.tag, f.value);
      i++;
      continue;
    }
    inBody = true;
    if (!index.allowed.has(f.tag)) {
      return fail({
        reason: Number(R.TagNotDefinedForThisMessageType),
        refTag: f.tag,
        text: `tag ${f.tag} is not defined for MsgType ${msgType}`,
      });
    }
    if (body.has(f.tag))
      return fail({
        reason: Number(R.TagAppearsMoreThanOnce),
        refTag: f.tag,
        text: `tag ${f.tag} appears more than once`,
      });
    body.set(f.tag, f.value);
    i++;
    const g = index.groups.get(f.tag);
    if (g) {
      const next = readGroup(fields, last, groups, f.tag, Number(f.value), g, i);
      if (typeof next !== 'number') return fail(next);
      i = next;
    }
  }
  const m = missing(HEADER_INDEX, header, 'the header') ?? missing(index, body, index.def.name);
  if (m) return fail(m);
  return { ok: true, message: { msgType, seqNum: Number(header.get(34)), header, body, groups } };
}
