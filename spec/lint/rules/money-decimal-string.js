// Money on the wire is a decimal string: a JSON number would let floating point touch prices,
// quantities and balances. Property names are the only signal a linter has that a field is money,
// so the word list is configurable in redocly.yaml.

const DEFAULT_WORDS = [
  'price',
  'quantity',
  'qty',
  'amount',
  'fee',
  'total',
  'available',
  'locked',
  'pnl',
  'notional',
  'balance',
  'size',
  'volume',
  'cost',
  'high',
  'low',
  'last',
  'bid',
  'ask',
  'open',
  'close',
];
const DEFAULT_REF_PATTERN = '(^|[/#])(Signed)?Decimal(\\.ya?ml)?$';
const MAX_DEPTH = 8;

const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A name is money when it is one of the words, or ends in one of them as its last camelCase word,
 * optionally followed by a period suffix (`high24h`, `quoteVolume24h`).
 */
export function moneyNamePattern(words) {
  const alternatives = words.join('|');
  const capitalised = words.map(capitalise).join('|');
  const period = '(?:[0-9]+[a-z]*)?';
  return new RegExp(`^(?:${alternatives})${period}$|[a-z0-9](?:${capitalised})${period}$`);
}

const typesOf = (schema) => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);

/** Why `schema` is not an acceptable money schema, or undefined when it is. */
function problemWith(schema, ctx, from, refPattern, allowPlainString, depth) {
  // `quantity: true` in an if/then or oneOf branch only says "present"; the type is defined elsewhere.
  if (typeof schema === 'boolean') return undefined;
  if (schema === null || typeof schema !== 'object') return 'is not a schema';
  if (depth > MAX_DEPTH) return undefined;
  if (typeof schema.$ref === 'string') {
    if (refPattern.test(schema.$ref)) return undefined;
    const resolved = ctx.resolve(schema, from);
    if (resolved.node === undefined) return `has an unresolvable $ref ${schema.$ref}`;
    const next = resolved.location?.source.absoluteRef ?? from;
    return problemWith(resolved.node, ctx, next, refPattern, allowPlainString, depth + 1);
  }
  const branches = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])];
  if (branches.length > 0) {
    for (const branch of branches) {
      if (typesOf(branch).length === 1 && typesOf(branch)[0] === 'null') continue;
      const problem = problemWith(branch, ctx, from, refPattern, allowPlainString, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  const types = typesOf(schema).filter((t) => t !== 'null');
  // A branch that pins the field to null (`price: {type: 'null'}` for market orders) holds no money.
  if ((typesOf(schema).length > 0 && types.length === 0) || schema.const === null) return undefined;
  if (types.includes('number') || types.includes('integer')) {
    return `is a JSON ${types.join('/')}; money must be a decimal string`;
  }
  if (types.length === 1 && types[0] === 'string' && allowPlainString) return undefined;
  return 'is neither a decimal string nor a $ref to one';
}

export function MoneyDecimalString(options = {}) {
  const namePattern = moneyNamePattern(options.words ?? DEFAULT_WORDS);
  const refPattern = new RegExp(options.refPattern ?? DEFAULT_REF_PATTERN);
  const allowPlainString = options.allowPlainString ?? true;
  return {
    SchemaProperties: {
      enter(properties, ctx) {
        for (const [name, schema] of Object.entries(properties)) {
          if (!namePattern.test(name)) continue;
          const from = ctx.location.source.absoluteRef;
          const problem = problemWith(schema, ctx, from, refPattern, allowPlainString, 0);
          if (problem) {
            ctx.report({
              message: `Money property "${name}" ${problem} ($ref Decimal or SignedDecimal).`,
              location: ctx.location.child([name]),
            });
          }
        }
      },
    },
  };
}
