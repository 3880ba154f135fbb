/**
 * OpenAPI 3.1 (and 3.0) comparison: paths, operations, parameters, request bodies, responses and
 * security. Operations are matched by method and path template with parameter names normalised
 * (`/a/{id}` is `/a/{orderId}`); path parameters are matched by position for the same reason.
 */
import { compareErrorCodes } from './error-codes.ts';
import { type Finding, finding, type RuleId } from './rules.ts';
import { SchemaComparer } from './schema-diff.ts';
import { child, deref, isObj, type Json, type Located } from './schema-view.ts';
import { compareSecurity, openApiAlternatives } from './security.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export const normaliseTemplate = (template: string): string => template.replace(/\{[^}]*\}/g, '{}');

interface PathEntry {
  readonly template: string;
  readonly item: Located;
}

function pathsOf(doc: Json): Map<string, PathEntry> {
  const out = new Map<string, PathEntry>();
  const paths = child({ node: doc, ptr: '' }, 'paths');
  if (!isObj(paths.node)) return out;
  for (const template of Object.keys(paths.node).sort()) {
    out.set(normaliseTemplate(template), { template, item: deref(doc, child(paths, template)) });
  }
  return out;
}

/** `: <summary>` of an operation, for the changelog, or nothing. */
export const summaryOf = (at: Located): string =>
  isObj(at.node) && typeof at.node.summary === 'string'
    ? `: ${at.node.summary.trim().replace(/\.$/, '')}`
    : '';

const label = (method: string, template: string) => `${method.toUpperCase()} ${template}`;

/** Every `{name}` of a template, in order: path parameters are matched by this position. */
const templateNames = (template: string) => [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');

interface Param {
  readonly at: Located;
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
}

/** Path-level and operation-level parameters, the latter overriding, keyed for matching. */
function parametersOf(doc: Json, entry: PathEntry, operation: Located): Map<string, Param> {
  const out = new Map<string, Param>();
  const names = templateNames(entry.template);
  for (const owner of [entry.item, operation]) {
    const list = child(owner, 'parameters');
    if (!Array.isArray(list.node)) continue;
    list.node.forEach((_, i) => {
      const at = deref(doc, child(list, i));
      if (!isObj(at.node)) return;
      const name = String(at.node.name);
      const where = String(at.node.in);
      const key =
        where === 'path'
          ? `path #${names.indexOf(name)}`
          : `${where} ${where === 'header' ? name.toLowerCase() : name}`;
      out.set(key, { at, name, in: where, required: at.node.required === true || where === 'path' });
    });
  }
  return out;
}

/** How a parameter is written on the wire: `style` and `explode`, with OpenAPI's defaults. */
const serialisation = (p: Param): string => {
  const node = isObj(p.at.node) ? p.at.node : {};
  const style =
    typeof node.style === 'string' ? node.style : p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple';
  const explode = typeof node.explode === 'boolean' ? node.explode : style === 'form';
  return `style=${style}, explode=${explode}`;
};

/** The schema of a parameter or header: `schema`, or the first `content` entry's. */
const schemaOf = (at: Located): Located => {
  if (isObj(at.node) && 'schema' in at.node) return child(at, 'schema');
  const content = child(at, 'content');
  const first = isObj(content.node) ? Object.keys(content.node)[0] : undefined;
  return first ? child(content, first, 'schema') : child(at, 'schema');
};

const mediaTypes = (body: Located): Map<string, Located> => {
  const content = child(body, 'content');
  const out = new Map<string, Located>();
  if (isObj(content.node))
    for (const type of Object.keys(content.node)) out.set(type.toLowerCase(), child(content, type));
  return out;
};

class OperationComparer {
  readonly schemas: SchemaComparer;

  constructor(
    private readonly base: Json,
    private readonly rev: Json,
    private readonly location: string,
    private readonly out: Finding[],
  ) {
    this.schemas = new SchemaComparer(base, rev, location, out);
  }

  private emit(rule: RuleId, ptr: string, message: string): void {
    this.out.push(finding(rule, this.location, ptr, message));
  }

  operation(bEntry: PathEntry, rEntry: PathEntry, b: Located, r: Located): void {
    const bo = b.node as Record<string, unknown>;
    const ro = r.node as Record<string, unknown>;
    if (bo.operationId !== undefined && bo.operationId !== ro.operationId) {
      const text = `The operationId changed from ${String(bo.operationId)} to ${String(ro.operationId ?? 'none')}.`;
      this.emit('operation-id-changed', child(r, 'operationId').ptr, text);
    }
    if (bo.deprecated !== true && ro.deprecated === true)
      this.emit('operation-deprecated', child(r, 'deprecated').ptr, 'The operation is now deprecated.');
    const security = (doc: Json, op: Record<string, unknown>) => ({
      alternatives: openApiAlternatives(doc, op.security ?? (isObj(doc) ? doc.security : undefined)),
      scope: op['x-required-scope'],
    });
    compareSecurity(security(this.base, bo), security(this.rev, ro), this.location, r.ptr, this.out);
    compareErrorCodes(bo, ro, this.location, r.ptr, this.out);
    this.parameters(parametersOf(this.base, bEntry, b), parametersOf(this.rev, rEntry, r));
    this.requestBody(deref(this.base, child(b, 'requestBody')), deref(this.rev, child(r, 'requestBody')));
    this.responses(child(b, 'responses'), child(r, 'responses'));
  }

  private parameters(base: Map<string, Param>, rev: Map<string, Param>): void {
    for (const [key, p] of base) {
      const q = rev.get(key);
      const what = `${p.in} parameter ${p.name}`;
      if (!q) {
        this.emit('request-parameter-removed', p.at.ptr, `The ${what} was removed.`);
        continue;
      }
      if (!p.required && q.required)
        this.emit('request-parameter-made-required', q.at.ptr, `The ${what} is now required.`);
      if (p.required && !q.required) this.emit('request-loosened', q.at.ptr, `The ${what} is now optional.`);
      const [before, after] = [serialisation(p), serialisation(q)];
      if (before !== after)
        this.emit(
          'request-parameter-style-changed',
          q.at.ptr,
          `The ${what} is now serialised with ${after} instead of ${before}.`,
        );
      this.schemas.compare(schemaOf(p.at), schemaOf(q.at), 'request', `${q.in} parameter ${q.name}`);
    }
    for (const [key, q] of rev) {
      if (base.has(key)) continue;
      const what = `${q.in} parameter ${q.name}`;
      if (q.required)
        this.emit('request-parameter-required-added', q.at.ptr, `The required ${what} was added.`);
      else this.emit('request-parameter-added', q.at.ptr, `The optional ${what} was added.`);
    }
  }

  private requestBody(b: Located, r: Located): void {
    const wasRequired = isObj(b.node) && b.node.required === true;
    const isRequired = isObj(r.node) && r.node.required === true;
    if (isRequired && !wasRequired)
      this.emit('request-body-made-required', child(r, 'required').ptr, 'The request body is now required.');
    const before = mediaTypes(b);
    const after = mediaTypes(r);
    for (const [type, at] of before) {
      const other = after.get(type);
      if (!other)
        this.emit(
          'request-content-type-removed',
          at.ptr,
          `The request media type ${type} is no longer accepted.`,
        );
      else this.schemas.compare(child(at, 'schema'), child(other, 'schema'), 'request', 'request body');
    }
    for (const [type, at] of after)
      if (!before.has(type))
        this.emit('content-type-added', at.ptr, `The request media type ${type} is now accepted.`);
    if (wasRequired && !isRequired && isObj(r.node))
      this.emit('request-loosened', r.ptr, 'The request body is now optional.');
  }

  private responses(b: Located, r: Located): void {
    const codes = (at: Located) => (isObj(at.node) ? Object.keys(at.node) : []);
    const revCodes = new Set(codes(r));
    for (const code of codes(b)) {
      if (!revCodes.has(code)) {
        this.emit('response-status-removed', child(b, code).ptr, `The ${code} response was removed.`);
        continue;
      }
      this.response(code, deref(this.base, child(b, code)), deref(this.rev, child(r, code)));
    }
    const baseCodes = new Set(codes(b));
    for (const code of revCodes)
      if (!baseCodes.has(code))
        this.emit('response-status-added', child(r, code).ptr, `A ${code} response was added.`);
  }

  private response(code: string, b: Located, r: Located): void {
    const headers = (at: Located) => {
      const list = child(at, 'headers');
      const out = new Map<string, { name: string; at: Located }>();
      const doc = at === b ? this.base : this.rev;
      if (isObj(list.node))
        for (const name of Object.keys(list.node))
          out.set(name.toLowerCase(), { name, at: deref(doc, child(list, name)) });
      return out;
    };
    const before = headers(b);
    const after = headers(r);
    for (const [key, { name, at }] of before) {
      const other = after.get(key)?.at;
      if (!other) {
        this.emit('response-header-removed', at.ptr, `The ${code} response header ${name} was removed.`);
        continue;
      }
      const was = isObj(at.node) && at.node.required === true;
      const is = isObj(other.node) && other.node.required === true;
      if (was && !is)
        this.emit(
          'response-header-made-optional',
          other.ptr,
          `The ${code} response header ${name} is now optional.`,
        );
      if (!was && is)
        this.emit('response-tightened', other.ptr, `The ${code} response header ${name} is now always sent.`);
      this.schemas.compare(schemaOf(at), schemaOf(other), 'response', `${code} response header ${name}`);
    }
    for (const [key, { name, at }] of after)
      if (!before.has(key))
        this.emit('response-header-added', at.ptr, `The ${code} response header ${name} was added.`);

    const bodies = mediaTypes(b);
    const revBodies = mediaTypes(r);
    for (const [type, at] of bodies) {
      const other = revBodies.get(type);
      if (!other)
        this.emit(
          'response-content-type-removed',
          at.ptr,
          `The ${code} response no longer has media type ${type}.`,
        );
      else
        this.schemas.compare(
          child(at, 'schema'),
          child(other, 'schema'),
          'response',
          `${code} response body`,
        );
    }
    for (const [type, at] of revBodies)
      if (!bodies.has(type))
        this.emit('content-type-added', at.ptr, `The ${code} response may now have media type ${type}.`);
  }
}

/** All findings between two OpenAPI documents. */
export function compareOpenApi(base: Json, rev: Json): Finding[] {
  const out: Finding[] = [];
  const before = pathsOf(base);
  const after = pathsOf(rev);
  const operationsOf = (entry: PathEntry) =>
    METHODS.filter((m) => isObj(entry.item.node) && isObj(entry.item.node[m])).map((m) => ({
      method: m,
      at: child(entry.item, m),
    }));
  for (const [key, entry] of before) {
    const other = after.get(key);
    if (!other) {
      const methods = operationsOf(entry).map((o) => o.method.toUpperCase());
      const text = `The path ${entry.template} (${methods.join(', ')}) was removed.`;
      out.push(finding('path-removed', `path ${entry.template}`, entry.item.ptr, text));
      continue;
    }
    const revOps = new Map(operationsOf(other).map((o) => [o.method, o.at]));
    for (const { method, at } of operationsOf(entry)) {
      const revOp = revOps.get(method);
      const where = label(method, other.template);
      if (!revOp)
        out.push(finding('operation-removed', where, at.ptr, `The operation ${where} was removed.`));
      else new OperationComparer(base, rev, where, out).operation(entry, other, at, revOp);
    }
  }
  for (const [key, entry] of after) {
    const baseEntry = before.get(key);
    for (const { method, at } of operationsOf(entry)) {
      if (baseEntry && isObj(baseEntry.item.node) && isObj(baseEntry.item.node[method])) continue;
      const where = label(method, entry.template);
      const id = isObj(at.node) && at.node.operationId ? ` (${String(at.node.operationId)})` : '';
      out.push(
        finding('operation-added', where, at.ptr, `The operation ${where}${id} was added${summaryOf(at)}.`),
      );
    }
  }
  return out;
}
