// The shared schemas are JSON Schema 2020-12 (OpenAPI 3.1), where keywords beside a `$ref` apply
// too; AsyncAPI 3.0 tools read them as draft-07, where they are ignored. Annotations beside a `$ref`
// (a property's own description or examples) are fine either way, but a validation keyword there
// would hold on REST and silently vanish on the WebSocket. Replaces `spec-ref-siblings`, which
// flags the harmless annotations too.

const ANNOTATIONS = new Set([
  '$ref',
  '$comment',
  'title',
  'description',
  'summary',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

export function RefSiblingsAnnotationOnly() {
  return {
    ref: {
      enter(node, ctx) {
        if (ctx.type?.name !== 'Schema') return;
        for (const key of Object.keys(node)) {
          if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
          ctx.report({
            message: `"${key}" beside $ref constrains REST (2020-12) but is ignored by AsyncAPI (draft-07) tools; move it into the referenced schema or an allOf.`,
            location: ctx.rawLocation.child([key]).key(),
          });
        }
      },
    },
  };
}
