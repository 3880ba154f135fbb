/**
 * Runtime lookups over the generated dictionary tables: which tags a message allows, which are
 * required, how repeating groups are laid out. Built once at load time.
 */
import {
  FIELDS,
  type FieldDef,
  HEADER,
  MESSAGES,
  type MemberDef,
  type MessageDef,
  TRAILER,
} from '../../generated/fix/dictionary.ts';

export interface MemberIndex {
  /** Allowed tags at this level (group members included only inside their group). */
  readonly allowed: ReadonlyMap<number, MemberDef>;
  readonly required: readonly number[];
}

export interface MessageIndex extends MemberIndex {
  readonly def: MessageDef;
  /** Per NumInGroup tag: its delimiter and the index of its instance members. */
  readonly groups: ReadonlyMap<number, GroupIndex>;
}

export interface GroupIndex extends MemberIndex {
  readonly delimiter: number;
  readonly groups: ReadonlyMap<number, GroupIndex>;
}

function indexMembers(members: readonly MemberDef[]): MemberIndex & { groups: Map<number, GroupIndex> } {
  const allowed = new Map<number, MemberDef>();
  const groups = new Map<number, GroupIndex>();
  for (const m of members) {
    allowed.set(m.tag, m);
    if (m.group) {
      const inner = indexMembers(m.group.members);
      groups.set(m.tag, { ...inner, delimiter: (m.group.members[0] as MemberDef).tag });
    }
  }
  return { allowed, required: members.filter((m) => m.required).map((m) => m.tag), groups };
}

export const HEADER_INDEX = indexMembers(HEADER);
export const TRAILER_TAGS: ReadonlySet<number> = new Set(TRAILER.map((m) => m.tag));

export const MESSAGE_INDEX: ReadonlyMap<string, MessageIndex> = new Map(
  Object.values(MESSAGES).map((def) => [def.msgType, { def, ...indexMembers(def.members) }]),
);

export function fieldDef(tag: number): FieldDef | undefined {
  return FIELDS[tag];
}

/** Field tags by name, for encoding typed message objects. */
export const TAG_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.values(FIELDS).map((f) => [f.name, f.tag]),
);

/**
 * Every MsgType(35) value FIX 4.4 defines. A type in this list that the venue's dictionary lacks
 * is a valid message the venue does not support (BusinessMessageReject, reason 3); anything else
 * is an invalid MsgType (session Reject, reason 11).
 */
export const FIX44_MSG_TYPES: ReadonlySet<string> = new Set(
  (
    '0 1 2 3 4 5 6 7 8 9 A B C D E F G H J K L M N P Q R S T V W X Y Z a b c d e f g h i j k l m n o p q r s t u v w x y z ' +
    'AA AB AC AD AE AF AG AH AI AJ AK AL AM AN AO AP AQ AR AS AT AU AV AW AX AY AZ BA BB BC BD BE BF BG BH'
  ).split(' '),
);
