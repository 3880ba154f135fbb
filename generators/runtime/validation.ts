/** One Ajv error as emitted by the standalone validators (the fields we read). */
export interface ValidationError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A validator compiled ahead of time by ajv standalone. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly ValidationError[] | null;
}

/** One entry of a VALIDATION_FAILED problem's `errors`. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** Where an input sits in a request: the body (and a WebSocket message) or a parameter location. */
export type InputLocation = 'body' | 'path' | 'query' | 'header';

/**
 * The `path` of one problem entry, as the Problem schema documents it: a JSON Pointer into the
 * body (`/price`), or `query.<name>`, `path.<name>`, `header.<name>` (with any deeper pointer after
 * the name: `query.markets/1`).
 */
export function issuePath(location: InputLocation, pointer: string): string {
  if (location === 'body') return pointer;
  const [, name = '', rest = ''] = /^\/([^/]*)(.*)$/.exec(pointer) ?? [];
  return `${location}.${name.replaceAll('~1', '/').replaceAll('~0', '~')}${rest}`;
}

/** Turns Ajv errors into problem entries, naming the missing or extra property itself. */
export function toIssues(
  location: InputLocation,
  errors: readonly ValidationError[] | null | undefined,
): Issue[] {
  const issues = (errors ?? []).map((error) => {
    const extra =
      error.params.missingProperty ?? error.params.additionalProperty ?? error.params.unevaluatedProperty;
    const suffix = typeof extra === 'string' ? `/${extra.replaceAll('~', '~0').replaceAll('/', '~1')}` : '';
    return {
      path: issuePath(location, `${error.instancePath}${suffix}`),
      message: error.message ?? error.keyword,
    };
  });
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = `${issue.path}\n${issue.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Runs one validator; an empty list means valid. */
export function check(validator: CompiledValidator, location: InputLocation, data: unknown): Issue[] {
  return validator(data) ? [] : toIssues(location, validator.errors);
}
