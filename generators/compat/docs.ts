// Writes docs/compat-rules.md from the rule catalogue (`npx tsx generators/compat/docs.ts`), so the
// table can never drift from the rules the checker applies; test/compat checks it is current.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS, RULES } from './rules.ts';

export const RULES_DOC = 'docs/compat-rules.md';

const KIND_NAMES = { openapi: 'OpenAPI', asyncapi: 'AsyncAPI', fix: 'FIX' } as const;

export function rulesMarkdown(): string {
  const rows = RULE_IDS.map((id) => {
    const rule = RULES[id];
    const kinds = rule.kinds.map((k) => KIND_NAMES[k]).join(', ');
    return `| \`${id}\` | ${rule.severity} | ${kinds} | ${rule.summary} |`;
  });
  return `<!-- Generated from generators/compat/rules.ts by generators/compat/docs.ts — do not edit. -->
# Compatibility rules

\`npm run check:compat\` compares two versions of a contract and reports every difference as a
finding: a rule id from the table below, its severity, the location (an operation such as
\`POST /v1/orders\` or \`send placeOrder\`, a channel, or a FIX message) with a JSON pointer, and one
sentence. It reads OpenAPI 3.1 (and 3.0), AsyncAPI 3.0 and FIX data dictionaries.

\`\`\`sh
npm run check:compat                                   # current contracts vs every supported release
npm run check:compat -- --base old.yaml --revision new.yaml [--format json] [--asyncapi-view client|server]
\`\`\`

It exits 1 when there is a \`breaking\` finding and the revision's major version (\`info.version\`)
is not greater than the base's, 2 on bad usage or unreadable input, and 0 otherwise. With no
arguments it compares the current \`spec/\` contracts with each release under \`spec/releases/\`
(those listed in \`spec/releases/supported.json\` when that file exists).

## Direction

What a client **sends** may only get looser; what it **receives** may only get tighter or gain
optional properties. Sent: REST parameters, request headers and request bodies; the messages of an
AsyncAPI \`send\` operation. Received: REST responses and their headers; the reply of a \`send\`
operation and the messages of a \`receive\` operation. OpenVenue's AsyncAPI document is written
from the client's side (\`--asyncapi-view client\`, the default); a document written from the
server's side is read with \`--asyncapi-view server\`.

## Matching

- REST operations by method and path template, with parameter names normalised (\`/a/{id}\` is
  \`/a/{orderId}\`); path parameters by position, other parameters by location and name.
- AsyncAPI channels by address (parameter names normalised), operations by name, messages by
  their \`name\` (else their key in the channel), so a bundler inlining them changes nothing.
- FIX dictionaries (QuickFIX XML, \`spec/fix/\`): messages by MsgType, fields by tag. A field is a
  message's property, so the property, type and enum rules apply: messages a client sends
  (NewOrderSingle, OrderCancelRequest, MarketDataRequest, ...) are requests, messages the venue
  sends (ExecutionReport, market data, rejects, ...) responses, and session messages and the
  standard header and trailer both. Pointers address the dictionary as JSON:
  \`/messages/<MsgType>/fields/<Name>\` and \`/fields/<Name>/values\`. A dictionary has no version of
  its own: a release's is its folder name.
- Schemas are walked in parallel: \`$ref\`s are followed (each pair of locations is compared once per
  direction, so recursive schemas terminate and a change in a shared component is reported once
  per operation), \`allOf\` is merged, \`oneOf\`/\`anyOf\` alternatives are matched by \`$ref\` name,
  title or constant tag, and 3.1 type arrays, \`nullable\` and \`oneOf: [X, {type: null}]\` are all
  read as nullability.
- A \`readOnly\` property is not part of a request and a \`writeOnly\` one not part of a response.
- Security alternatives are matched by what they require (scheme type, location, parameter name),
  not by the scheme's component name; OpenVenue's \`x-required-scope\` counts as security.
- Pointers point into the revision, or into the base when the subject no longer exists in the
  revision (removals). For a bundled contract that is the bundled document, as frozen under
  \`spec/releases/\`.

Not analysed: \`not\`, \`if\`/\`then\`/\`else\`, \`patternProperties\`, \`dependentSchemas\`,
\`unevaluatedProperties\`, \`allowReserved\`, links, callbacks, webhooks and servers; descriptions and
examples are documentation, not contract.

## Rules

| rule | severity | applies to | what it means |
|---|---|---|---|
${rows.join('\n')}

Each rule has a fixture pair in \`test/compat/fixtures/<rule-id>/\` (\`base.yaml\`, \`revision.yaml\`
and the exact findings expected in \`expected.json\`).
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  writeFileSync(path.join(root, RULES_DOC), rulesMarkdown());
  console.log(`wrote ${RULES_DOC}`);
}
