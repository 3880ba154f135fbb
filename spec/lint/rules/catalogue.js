// The error-code catalogue is the ErrorCode schema (an enum with x-enumDescriptions). Rules find it in
// the document being linted rather than at a fixed path, so a fixture can carry its own catalogue.

export const DEFAULT_CATALOGUE_NAME = 'ErrorCode';

const lastSegment = (text) => text.split(/[/#]/).filter(Boolean).pop() ?? '';

/** True when the schema at `location` is the catalogue: file `ErrorCode.yaml` or component `ErrorCode`. */
export function isCatalogue(schema, location, name = DEFAULT_CATALOGUE_NAME) {
  if (!Array.isArray(schema.enum) || typeof schema['x-enumDescriptions'] !== 'object') return false;
  const file = lastSegment(location.source.absoluteRef).replace(/\.(ya?ml|json)$/, '');
  const pointerName = lastSegment(location.pointer);
  const atFileRoot = location.pointer === '#/' || location.pointer === '#' || location.pointer === '';
  return (atFileRoot && file === name) || pointerName === name;
}

/**
 * A visitor that remembers the catalogue schema and every operation, then hands them (and the root,
 * whose own `x-error-codes` lists codes answered outside any operation, such as NOT_FOUND for an
 * unknown route) to `check` once the whole document has been walked (the catalogue is usually
 * reached after the first operation).
 */
export function collectCatalogueAndOperations(options, check) {
  const name = options.catalogue ?? DEFAULT_CATALOGUE_NAME;
  let catalogue;
  const operations = [];
  return {
    Schema: {
      enter(schema, ctx) {
        if (!catalogue && isCatalogue(schema, ctx.location, name)) catalogue = schema;
      },
    },
    Operation: {
      enter(operation, ctx) {
        operations.push({ operation, location: ctx.location });
      },
    },
    Root: {
      leave(root, ctx) {
        const document = { node: root, location: ctx.location };
        check({ catalogue, operations, document, report: ctx.report, name });
      },
    },
  };
}
