/**
 * What credentials an operation accepts, reduced to comparable strings. Alternatives are matched by
 * the scheme definitions they use (type, location, parameter name, HTTP scheme) rather than the
 * scheme's component name, so renaming a scheme is not a change and redefining one is.
 * `x-required-scope` (OpenVenue: `none`, `read`, `trade`, `operator`) is part of it.
 */
import { type Finding, finding } from './rules.ts';
import { deref, isObj, type Json, type Located } from './schema-view.ts';

const schemeSignature = (scheme: Json): string => {
  if (!isObj(scheme)) return 'unknown';
  const parts = [scheme.in, scheme.name, scheme.scheme, scheme.bearerFormat].filter((p) => p !== undefined);
  return `${String(scheme.type)}(${parts.map(String).join(' ')})`;
};

/** OpenAPI: `security` is a list of alternatives, each a map scheme name -> scopes. */
export function openApiAlternatives(doc: Json, requirements: Json): Set<string> {
  const schemes = isObj(doc) && isObj(doc.components) ? doc.components.securitySchemes : undefined;
  const alternatives = new Set<string>();
  if (!Array.isArray(requirements)) return alternatives;
  requirements.forEach((requirement, i) => {
    if (!isObj(requirement)) return;
    const parts = Object.entries(requirement).map(([name, scopes]) => {
      const scheme = isObj(schemes)
        ? deref(doc, { node: schemes[name], ptr: `/security/${i}` }).node
        : undefined;
      const sorted = Array.isArray(scopes) ? [...scopes].map(String).sort() : [];
      return sorted.length > 0 ? `${schemeSignature(scheme)}[${sorted.join(' ')}]` : schemeSignature(scheme);
    });
    alternatives.add(parts.sort().join(' + '));
  });
  return alternatives;
}

/** AsyncAPI 3: `security` lists Security Scheme objects, any one of which suffices. */
export function asyncApiAlternatives(doc: Json, at: Located): Set<string> {
  const alternatives = new Set<string>();
  if (!Array.isArray(at.node)) return alternatives;
  at.node.forEach((item, i) => {
    const scheme = deref(doc, { node: item, ptr: `${at.ptr}/${i}` }).node;
    const scopes = isObj(scheme) && Array.isArray(scheme.scopes) ? [...scheme.scopes].map(String).sort() : [];
    alternatives.add(
      scopes.length > 0 ? `${schemeSignature(scheme)}[${scopes.join(' ')}]` : schemeSignature(scheme),
    );
  });
  return alternatives;
}

const isOpen = (alternatives: Set<string>) => alternatives.size === 0 || alternatives.has('');
const noScope = (scope: Json) => scope === undefined || scope === 'none';

/** Compares the credentials an operation accepts in base and revision. */
export function compareSecurity(
  base: { alternatives: Set<string>; scope: Json },
  revision: { alternatives: Set<string>; scope: Json },
  location: string,
  operationPtr: string,
  out: Finding[],
): void {
  const ptr = `${operationPtr}/security`;
  const b = base.alternatives;
  const r = revision.alternatives;
  if (isOpen(b) && !isOpen(r)) {
    out.push(finding('security-added', location, ptr, 'The operation now requires credentials.'));
  } else if (!isOpen(b)) {
    const missing = [...b].filter((alt) => !r.has(alt));
    if (isOpen(r)) {
      out.push(finding('security-relaxed', location, ptr, 'The operation no longer requires credentials.'));
    } else if (missing.length > 0) {
      const text = `Credentials accepted before (${missing.join('; ')}) are no longer accepted.`;
      out.push(finding('security-changed', location, ptr, text));
    } else if (r.size > b.size) {
      out.push(finding('security-relaxed', location, ptr, 'The operation accepts additional credentials.'));
    }
  }
  if (base.scope === revision.scope) return;
  const text = `The required scope changed from ${String(base.scope ?? 'none')} to ${String(revision.scope ?? 'none')}.`;
  const at = `${operationPtr}/x-required-scope`;
  if (noScope(base.scope) && !noScope(revision.scope))
    out.push(finding('security-added', location, at, text));
  else if (noScope(revision.scope)) out.push(finding('security-relaxed', location, at, text));
  else out.push(finding('security-changed', location, at, text));
}
