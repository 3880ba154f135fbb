// Every operation must tell callers how it fails: at least one error response, and a response for
// the HTTP status of every catalogue code it lists in x-error-codes. Statuses come from the
// catalogue itself so they are written down once: an extension mapping code -> status if the
// schema has one, else the status each x-enumDescriptions entry starts with ("429. ...").
import { collectCatalogueAndOperations } from './catalogue.js';

export const DEFAULT_STATUS_EXTENSION = 'x-enumHttpStatus';
export const DEFAULT_STATUS_PATTERN = '^([1-5][0-9]{2})\\b';

/** code -> HTTP status (or undefined for a code the catalogue gives no status, e.g. WebSocket only). */
export function catalogueStatuses(catalogue, statusExtension, statusPattern) {
  const statuses = new Map();
  const explicit = catalogue[statusExtension];
  const descriptions = catalogue['x-enumDescriptions'] ?? {};
  for (const code of catalogue.enum) {
    if (explicit && typeof explicit === 'object' && code in explicit) {
      statuses.set(code, explicit[code] ?? undefined);
      continue;
    }
    const match = statusPattern.exec(String(descriptions[code] ?? ''));
    statuses.set(code, match ? Number(match[1]) : undefined);
  }
  return statuses;
}

const isErrorKey = (key) => key === 'default' || /^[45]/.test(key);

function covers(responses, status) {
  const text = String(status);
  return text in responses || `${text[0]}XX` in responses || 'default' in responses;
}

export function ErrorResponses(options = {}) {
  const statusExtension = options.statusExtension ?? DEFAULT_STATUS_EXTENSION;
  const statusPattern = new RegExp(options.statusPattern ?? DEFAULT_STATUS_PATTERN);
  return collectCatalogueAndOperations(options, ({ catalogue, operations, report, name }) => {
    const statuses = catalogue ? catalogueStatuses(catalogue, statusExtension, statusPattern) : undefined;
    for (const { operation, location } of operations) {
      const responses = operation.responses ?? {};
      if (!Object.keys(responses).some(isErrorKey)) {
        report({
          message: 'Operation declares no error response (4xx, 5xx or default).',
          location: location.child(['responses']).key(),
        });
      }
      if (!statuses) continue;
      const codes = Array.isArray(operation['x-error-codes']) ? operation['x-error-codes'] : [];
      codes.forEach((code, index) => {
        if (!catalogue.enum.includes(code)) return; // error-codes-in-catalogue reports it
        const status = statuses.get(code);
        if (status === undefined) {
          report({
            message: `x-error-codes lists ${code}, which has no HTTP status in the ${name} catalogue.`,
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
