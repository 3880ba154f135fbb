// OpenVenue's Redocly plugin: the conventions configurable rules (redocly.yaml `rule/...`) cannot
// express because they need the property name, the $ref target or the whole document.
import { EnumDescriptions } from './rules/enum-descriptions.js';
import { ErrorCodesInCatalogue } from './rules/error-codes-in-catalogue.js';
import { ErrorResponses } from './rules/error-responses.js';
import { MoneyDecimalString } from './rules/money-decimal-string.js';
import { RefSiblingsAnnotationOnly } from './rules/ref-siblings-annotation-only.js';

export default function openVenuePlugin() {
  const shared = {
    'money-decimal-string': MoneyDecimalString,
    'error-codes-in-catalogue': ErrorCodesInCatalogue,
    'enum-descriptions': EnumDescriptions,
    'ref-siblings-annotation-only': RefSiblingsAnnotationOnly,
  };
  return {
    id: 'openvenue',
    rules: {
      oas3: { ...shared, 'error-responses': ErrorResponses },
      async3: shared,
    },
  };
}
