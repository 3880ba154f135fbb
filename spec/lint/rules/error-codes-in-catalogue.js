// x-error-codes is what generated clients and docs promise a caller may see; a code outside the
// catalogue would be an undocumented error.
import { collectCatalogueAndOperations } from './catalogue.js';

export function ErrorCodesInCatalogue(options = {}) {
  return collectCatalogueAndOperations(options, ({ catalogue, operations, document, report, name }) => {
    const holders = [...operations, { operation: document.node, location: document.location }];
    const withCodes = holders.filter(({ operation }) => Array.isArray(operation?.['x-error-codes']));
    if (withCodes.length === 0) return;
    if (!catalogue) {
      report({
        message: `Operations list x-error-codes but no ${name} catalogue schema is reachable from this document.`,
        location: withCodes[0].location.child(['x-error-codes']),
      });
      return;
    }
    const members = new Set(catalogue.enum);
    for (const { operation, location } of withCodes) {
      operation['x-error-codes'].forEach((code, index) => {
        if (!members.has(code)) {
          report({
            message: `x-error-codes entry "${code}" is not in the ${name} catalogue.`,
            location: location.child(['x-error-codes', index]),
          });
        }
      });
    }
  });
}
