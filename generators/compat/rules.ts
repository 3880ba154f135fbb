/**
 * The rule catalogue: every finding the compatibility checker can report, with a stable id, a
 * severity and the one-line explanation `docs/compat-rules.md` shows. Ids never change meaning;
 * a retired rule keeps its id reserved.
 *
 * Direction: a client *sends* requests (REST parameters, headers and bodies; AsyncAPI messages of a
 * `send` operation) and *receives* responses (REST responses; AsyncAPI replies and messages of a
 * `receive` operation). What a client sends may only get looser, what it receives may only get
 * tighter or gain optional fields.
 */

export type Severity = 'breaking' | 'warning' | 'info';

export interface Rule {
  readonly severity: Severity;
  /** Applies to: which document kinds can produce it. */
  readonly kinds: readonly ('openapi' | 'asyncapi' | 'fix')[];
  /** One line for the docs table: what the rule detects and why it matters to a client. */
  readonly summary: string;
}

const both = ['openapi', 'asyncapi'] as const;
const rest = ['openapi'] as const;
const ws = ['asyncapi'] as const;
const all = ['openapi', 'asyncapi', 'fix'] as const;
const wsFix = ['asyncapi', 'fix'] as const;

export const RULES = {
  'path-removed': {
    severity: 'breaking',
    kinds: rest,
    summary: 'A path and every operation under it disappeared; clients calling it get 404.',
  },
  'operation-removed': {
    severity: 'breaking',
    kinds: both,
    summary: 'An operation (REST method on a kept path, or AsyncAPI operation) disappeared.',
  },
  'operation-added': {
    severity: 'info',
    kinds: both,
    summary: 'A new operation; existing clients are unaffected.',
  },
  'operation-id-changed': {
    severity: 'breaking',
    kinds: rest,
    summary: 'The operationId changed or was removed; generated SDK method names change with it.',
  },
  'operation-deprecated': {
    severity: 'warning',
    kinds: rest,
    summary: 'The operation is now deprecated; clients should plan to move off it.',
  },
  'operation-action-changed': {
    severity: 'breaking',
    kinds: ws,
    summary: 'An AsyncAPI operation switched between send and receive; its messages flow the other way.',
  },
  'operation-channel-changed': {
    severity: 'breaking',
    kinds: ws,
    summary: 'An AsyncAPI operation moved to another channel address.',
  },
  'channel-removed': {
    severity: 'breaking',
    kinds: ws,
    summary: 'A channel address disappeared; clients connecting to it fail.',
  },
  'channel-added': {
    severity: 'info',
    kinds: ws,
    summary: 'A new channel address; existing clients are unaffected.',
  },
  'message-removed': {
    severity: 'breaking',
    kinds: wsFix,
    summary: 'A message is no longer part of an operation (or its reply), or a FIX message type was removed.',
  },
  'request-message-added': {
    severity: 'info',
    kinds: wsFix,
    summary: 'A client may send a new message; existing clients are unaffected.',
  },
  'response-message-added': {
    severity: 'warning',
    kinds: wsFix,
    summary: 'Clients may now receive a message kind they do not know; they must ignore or handle it.',
  },
  'security-added': {
    severity: 'breaking',
    kinds: both,
    summary: 'An operation that needed no credentials (or scope) now needs them.',
  },
  'security-changed': {
    severity: 'breaking',
    kinds: both,
    summary: 'The credentials, scheme or scope an operation accepts changed; existing credentials may fail.',
  },
  'security-relaxed': {
    severity: 'info',
    kinds: both,
    summary: 'An operation accepts more credentials than before (or none).',
  },
  'error-code-added': {
    severity: 'info',
    kinds: both,
    summary: 'An operation lists a new `x-error-codes` code; clients handle unknown codes by HTTP status.',
  },
  'error-code-removed': {
    severity: 'info',
    kinds: both,
    summary: 'An operation no longer lists an `x-error-codes` code.',
  },
  'request-parameter-removed': {
    severity: 'breaking',
    kinds: rest,
    summary: 'A request parameter or header disappeared; clients still sending it are rejected or ignored.',
  },
  'request-parameter-added': {
    severity: 'info',
    kinds: rest,
    summary: 'A new optional request parameter or header.',
  },
  'request-parameter-required-added': {
    severity: 'breaking',
    kinds: rest,
    summary: 'A new required request parameter or header; existing requests lack it.',
  },
  'request-parameter-made-required': {
    severity: 'breaking',
    kinds: rest,
    summary: 'An optional request parameter or header became required.',
  },
  'request-parameter-style-changed': {
    severity: 'breaking',
    kinds: rest,
    summary:
      'A request parameter is serialised differently (`style`/`explode`); existing clients encode it the old way.',
  },
  'request-body-made-required': {
    severity: 'breaking',
    kinds: rest,
    summary: 'The request body became required (or a required body was added).',
  },
  'request-content-type-removed': {
    severity: 'breaking',
    kinds: rest,
    summary: 'A request media type is no longer accepted (415 for clients sending it).',
  },
  'response-content-type-removed': {
    severity: 'breaking',
    kinds: rest,
    summary: 'A response media type is no longer produced; clients expecting it break.',
  },
  'content-type-added': {
    severity: 'info',
    kinds: rest,
    summary: 'A new request or response media type.',
  },
  'response-status-removed': {
    severity: 'breaking',
    kinds: rest,
    summary: 'A documented response status code disappeared; clients handling it lose that outcome.',
  },
  'response-status-added': {
    severity: 'warning',
    kinds: rest,
    summary: 'A new response status code; clients must handle an outcome they did not know.',
  },
  'response-header-removed': {
    severity: 'breaking',
    kinds: rest,
    summary: 'A response header is no longer documented; clients reading it break.',
  },
  'response-header-made-optional': {
    severity: 'breaking',
    kinds: rest,
    summary: 'A required response header became optional; clients relying on it may not get it.',
  },
  'response-header-added': {
    severity: 'info',
    kinds: rest,
    summary: 'A new response header.',
  },
  'request-property-removed': {
    severity: 'breaking',
    kinds: all,
    summary: 'A request property disappeared; clients still sending it are rejected or silently ignored.',
  },
  'request-property-added': {
    severity: 'info',
    kinds: all,
    summary: 'A new optional request property.',
  },
  'request-property-required-added': {
    severity: 'breaking',
    kinds: all,
    summary: 'A new required request property; existing requests lack it.',
  },
  'request-property-made-required': {
    severity: 'breaking',
    kinds: all,
    summary: 'An optional request property became required.',
  },
  'response-property-removed': {
    severity: 'breaking',
    kinds: all,
    summary: 'A response property disappeared; clients reading it break.',
  },
  'response-property-added': {
    severity: 'info',
    kinds: all,
    summary: 'A new response property; clients must ignore properties they do not know.',
  },
  'response-property-made-optional': {
    severity: 'breaking',
    kinds: all,
    summary: 'A required response property became optional; clients may no longer get it.',
  },
  'response-property-made-nullable': {
    severity: 'breaking',
    kinds: both,
    summary: 'A response value may now be null; clients not expecting null break.',
  },
  'request-type-changed': {
    severity: 'breaking',
    kinds: all,
    summary: 'A request value no longer accepts a type it accepted (or its composition changed).',
  },
  'response-type-changed': {
    severity: 'breaking',
    kinds: all,
    summary: 'A response value may now have a type it did not have (or its composition changed).',
  },
  'request-format-changed': {
    severity: 'breaking',
    kinds: both,
    summary: 'A request value gained or changed its format; values valid before may be rejected.',
  },
  'response-format-changed': {
    severity: 'breaking',
    kinds: both,
    summary: 'A response value lost or changed its format; clients parsing it may break.',
  },
  'request-enum-value-removed': {
    severity: 'breaking',
    kinds: all,
    summary: 'A value clients could send is no longer accepted.',
  },
  'response-enum-value-added': {
    severity: 'breaking',
    kinds: all,
    summary: 'A response value may now be one clients have never seen (exhaustive switches break).',
  },
  'response-extensible-enum-value-added': {
    severity: 'warning',
    kinds: both,
    summary:
      'A response value marked `x-extensible-enum` gained a value; clients were told to handle unknown ones.',
  },
  'request-constraint-narrowed': {
    severity: 'breaking',
    kinds: all,
    summary:
      'A request constraint got stricter (pattern, bounds, lengths, item counts, enum added, closed object).',
  },
  'response-constraint-widened': {
    severity: 'breaking',
    kinds: all,
    summary: 'A response constraint got looser (pattern, bounds, lengths, item counts, enum dropped).',
  },
  'request-default-changed': {
    severity: 'breaking',
    kinds: both,
    summary: 'The default of a request value changed; clients omitting it get different behaviour.',
  },
  'response-default-changed': {
    severity: 'warning',
    kinds: both,
    summary: 'The documented default of a response value changed.',
  },
  'request-variant-removed': {
    severity: 'breaking',
    kinds: both,
    summary: 'A oneOf/anyOf alternative clients could send is gone.',
  },
  'response-variant-added': {
    severity: 'breaking',
    kinds: both,
    summary: 'A response oneOf/anyOf gained an alternative clients do not know.',
  },
  'discriminator-changed': {
    severity: 'breaking',
    kinds: both,
    summary: 'The discriminator property or a mapping changed, or the discriminator was removed.',
  },
  'request-loosened': {
    severity: 'info',
    kinds: all,
    summary:
      'A request constraint got looser (made optional, enum value or alternative added, bounds widened).',
  },
  'response-tightened': {
    severity: 'info',
    kinds: all,
    summary: 'A response constraint got stricter (made required, enum value removed, bounds narrowed).',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES).sort() as RuleId[];

/** One difference between two documents, located where a reader of the contract can find it. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The operation (`POST /v1/orders`, `send placeOrder`) or channel (`channel /v1/ws`) affected. */
  readonly location: string;
  /**
   * JSON pointer into the revision document, or into the base document when the thing the
   * finding is about no longer exists in the revision (removals).
   */
  readonly pointer: string;
  readonly message: string;
}

/** Builds a finding with the catalogue's severity, so a rule's severity is decided in one place. */
export function finding(rule: RuleId, location: string, pointer: string, message: string): Finding {
  return { rule, severity: RULES[rule].severity, location, pointer, message };
}

const SEVERITY_ORDER: Record<Severity, number> = { breaking: 0, warning: 1, info: 2 };

/** Severity first, then location, pointer and rule: stable output whatever the walk order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${f.location}\u0000${f.pointer}\u0000${f.rule}\u0000${f.message}`;
  const unique = new Map<string, Finding>();
  for (const f of findings) unique.set(key(f), f);
  return [...unique.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
}
