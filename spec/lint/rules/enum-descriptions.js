// Enums carry x-enumDescriptions so the docs can explain every value (the error catalogue above all);
// a value without a description, or a description for a value that no longer exists, is drift.

export function EnumDescriptions() {
  return {
    Schema: {
      enter(schema, ctx) {
        const descriptions = schema['x-enumDescriptions'];
        if (descriptions === undefined) return;
        if (!Array.isArray(schema.enum)) {
          ctx.report({
            message: 'x-enumDescriptions is only meaningful next to an enum.',
            location: ctx.location.child(['x-enumDescriptions']).key(),
          });
          return;
        }
        if (descriptions === null || typeof descriptions !== 'object' || Array.isArray(descriptions)) {
          ctx.report({
            message: 'x-enumDescriptions must map each enum value to its description.',
            location: ctx.location.child(['x-enumDescriptions']),
          });
          return;
        }
        schema.enum.forEach((value, index) => {
          const text = descriptions[String(value)];
          if (typeof text !== 'string' || text.trim() === '') {
            ctx.report({
              message: `Enum value "${value}" has no description in x-enumDescriptions.`,
              location: ctx.location.child(['enum', index]),
            });
          }
        });
        const values = new Set(schema.enum.map(String));
        for (const key of Object.keys(descriptions)) {
          if (!values.has(key)) {
            ctx.report({
              message: `x-enumDescriptions describes "${key}", which is not an enum value.`,
              location: ctx.location.child(['x-enumDescriptions', key]).key(),
            });
          }
        }
      },
    },
  };
}
