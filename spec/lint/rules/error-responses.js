// Every operation must tell callers how it fails: at least one error response, and a response for
// the HTTP status of every catalogue code it lists in x-error-codes. Statuses come from the
// catalogue schema itself (an extension mapping code -> status), so they are written down once.
import { collectCatalogueAndOperations } from './catalogue.js';

export const DEFAULT_STATUS_EXTENSION = 'x-enumHttpStatus';

const isErrorKey = (key) => key === 'default' || /^[45]/.test(key);

function covers(responses, status) {
  const text = String(status);
  return text in responses || `${text[0]}XX` in responses || 'default' in responses;
}

export function ErrorResponses(options = {}) {
  const statusExtension = options.statusExtension ?? DEFAULT_STATUS_EXTENSION;
  return collectCatalogueAndOperations(options, ({ catalogue, operations, report, name }) => {
    const statuses = catalogue?.[statusExtension];
    for (const { operation, location } of operations) {
      const responses = operation.responses ?? {};
      if (!Object.keys(responses).some(isErrorKey)) {
        report({
          message: 'Operation declares no error response (4xx, 5xx or default).',
          location: location.child(['responses']).key(),
        });
      }
      if (!statuses || typeof statuses !== 'object') continue;
      const codes = Array.isArray(operation['x-error-codes']) ? operation['x-error-codes'] : [];
      codes.forEach((code, index) => {
        if (!catalogue.enum.includes(code)) return; // error-codes-in-catalogue reports it
        const status = statuses[code];
        if (status === undefined || status === null) {
          report({
            message: `x-error-codes lists ${code}, which has no HTTP status in the ${name} catalogue (${statusExtension}).`,
            location: location.child(['x-error-codes', index]),
          });
        } else if (!covers(responses, status)) {
          report({
            message: `x-error-codes lists ${code} (HTTP ${status}) but the operation declares no ${status} response.`,
            location: location.child(['x-error-codes', index]),
          });
        }
      });
    }
  });
}
