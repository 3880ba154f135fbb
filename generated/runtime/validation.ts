// Generated from generators/runtime/validation.ts by generators/pipeline.ts — do not edit.
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

/**
 * Turns Ajv errors into problem entries whose `path` is a JSON pointer rooted at the input's
 * location (`/body/orders/0/price`, `/query/limit`; a WebSocket message uses its own root), naming the
 * missing or extra property itself.
 */
export function toIssues(location: string, errors: readonly ValidationError[] | null | undefined): Issue[] {
  const issues = (errors ?? []).map((error) => {
    const extra =
      error.params.missingProperty ?? error.params.additionalProperty ?? error.params.unevaluatedProperty;
    const suffix = typeof extra === 'string' ? `/${extra.replaceAll('~', '~0').replaceAll('/', '~1')}` : '';
    return {
      path: `${location ? `/${location}` : ''}${error.instancePath}${suffix}`,
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
export function check(validator: CompiledValidator, location: string, data: unknown): Issue[] {
  return validator(data) ? [] : toIssues(location, validator.errors);
}
