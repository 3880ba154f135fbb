/**
 * Direction-aware comparison of two JSON Schemas. In the request direction a revision may only
 * accept more than the base did; in the response direction it may only produce less (or add
 * optional properties). Both schemas are walked in parallel, `$ref`s resolved, and each pair of
 * locations is compared once per direction: that makes recursive schemas (a tree of nodes)
 * terminate and reports a change in a shared component once per operation.
 */
import { type Finding, finding, type RuleId } from './rules.ts';
import {
  type Bound,
  deref,
  describe,
  isObj,
  type Json,
  LOWER_BOUNDS,
  type Located,
  type SchemaView,
  UPPER_BOUNDS,
  viewOf,
} from './schema-view.ts';

export type Direction = 'request' | 'response';

const list = (values: readonly string[]) => values.join(', ');
const show = (value: Json) => (value === undefined ? 'none' : JSON.stringify(value));

/** Whether every type in `from` is accepted by `to` (`integer` is a `number`). */
const covers = (to: Set<string>, from: Set<string>) =>
  [...from].every((t) => to.has(t) || (t === 'integer' && to.has('number')));

const typeText = (types: Set<string> | undefined) =>
  types ? [...types].sort().join('|') || 'nothing' : 'any';

export class SchemaComparer {
  private readonly seen = new Set<string>();

  constructor(
    private readonly baseDoc: Json,
    private readonly revDoc: Json,
    /** The operation or channel the findings belong to. */
    private readonly location: string,
    private readonly out: Finding[],
  ) {}

  private emit(rule: RuleId, pointer: string, message: string): void {
    this.out.push(finding(rule, this.location, pointer, message));
  }

  /**
   * Compares the schema at `base` with the one at `revision` as `direction` sees it; `root` names
   * an inline schema in messages (`request body`, `query parameter limit`).
   */
  compare(base: Located, revision: Located, direction: Direction, root: string): void {
    const b = viewOf(this.baseDoc, base);
    const r = viewOf(this.revDoc, revision);
    const key = `${direction}\u0000${b.ptr}\u0000${r.ptr}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const name = describe(r.ptr, root);
    const req = direction === 'request';

    this.compareTypes(b, r, req, name);
    this.compareFormat(b, r, req, name);
    this.compareValues(b, r, req, name);
    this.compareBounds(b, r, req, name);
    this.compareDefault(b, r, req, name);
    this.compareVariants(b, r, direction, root, name);
    this.compareObject(b, r, direction, root, name);
    this.compareItems(b, r, direction, root);
  }

  /**
   * Arrays position by position: with 2020-12 `prefixItems`, `items` only covers the positions
   * after the prefix, so a tuple rewritten as `items` plus `minItems`/`maxItems` (or back) is
   * compared element by element, and boolean tails are left to the item-count bounds.
   */
  private compareItems(b: SchemaView, r: SchemaView, direction: Direction, root: string) {
    const positions = Math.max(b.prefixItems.length, r.prefixItems.length);
    for (let i = 0; i < positions; i++) {
      const before = b.prefixItems[i] ?? b.items;
      const after = r.prefixItems[i] ?? r.items;
      if (before && after && isObj(before.node) && isObj(after.node))
        this.compare(before, after, direction, root);
    }
    if (b.items && r.items && isObj(b.items.node) && isObj(r.items.node))
      this.compare(b.items, r.items, direction, root);
  }

  private compareTypes(b: SchemaView, r: SchemaView, req: boolean, name: string): void {
    // A composition's type lives in its variants, compared there.
    const comparable = (v: SchemaView) => v.types !== undefined || v.variants === undefined;
    if (comparable(b) && comparable(r)) {
      const lost =
        b.types === undefined ? r.types !== undefined : r.types !== undefined && !covers(r.types, b.types);
      const gained =
        r.types === undefined ? b.types !== undefined : b.types !== undefined && !covers(b.types, r.types);
      const change = `from ${typeText(b.types)} to ${typeText(r.types)}`;
      if (req && lost)
        this.emit('request-type-changed', r.ptr, `Request value ${name} changed type ${change}.`);
      else if (req && gained)
        this.emit('request-loosened', r.ptr, `Request value ${name} widened ${change}.`);
      else if (!req && gained)
        this.emit('response-type-changed', r.ptr, `Response value ${name} changed type ${change}.`);
      else if (!req && lost)
        this.emit('response-tightened', r.ptr, `Response value ${name} narrowed ${change}.`);
    }
    if (b.nullable && !r.nullable) {
      if (req) this.emit('request-type-changed', r.ptr, `Request value ${name} no longer accepts null.`);
      else this.emit('response-tightened', r.ptr, `Response value ${name} is no longer null.`);
    } else if (!b.nullable && r.nullable) {
      if (req) this.emit('request-loosened', r.ptr, `Request value ${name} now accepts null.`);
      else this.emit('response-property-made-nullable', r.ptr, `Response value ${name} may now be null.`);
    }
  }

  private compareFormat(b: SchemaView, r: SchemaView, req: boolean, name: string): void {
    const before = b.format?.value;
    const after = r.format?.value;
    if (before === after) return;
    const ptr = r.format?.ptr ?? r.ptr;
    const text = `format of ${name} changed from ${show(before)} to ${show(after)}`;
    if (req) {
      if (after !== undefined) this.emit('request-format-changed', ptr, `The request ${text}.`);
      else this.emit('request-loosened', ptr, `The request ${text}.`);
    } else if (before !== undefined) this.emit('response-format-changed', ptr, `The response ${text}.`);
    else this.emit('response-tightened', ptr, `The response ${text}.`);
  }

  private compareValues(b: SchemaView, r: SchemaView, req: boolean, name: string): void {
    if (!b.values && !r.values) return;
    const ptr = r.values?.ptr ?? r.ptr;
    if (b.values && r.values) {
      const removed = b.values.list.filter((v) => !r.values?.list.includes(v));
      const added = r.values.list.filter((v) => !b.values?.list.includes(v));
      if (removed.length > 0) {
        if (req)
          this.emit(
            'request-enum-value-removed',
            ptr,
            `Request value ${name} no longer accepts ${list(removed)}.`,
          );
        else this.emit('response-tightened', ptr, `Response value ${name} no longer has ${list(removed)}.`);
      }
      if (added.length > 0) {
        if (req) this.emit('request-loosened', ptr, `Request value ${name} now also accepts ${list(added)}.`);
        else if (b.values.extensible)
          this.emit(
            'response-extensible-enum-value-added',
            ptr,
            `Response value ${name} may now be ${list(added)} (its values are declared extensible).`,
          );
        else this.emit('response-enum-value-added', ptr, `Response value ${name} may now be ${list(added)}.`);
      }
    } else if (r.values) {
      const text = `${name} is now restricted to ${list(r.values.list)}`;
      if (req) this.emit('request-constraint-narrowed', ptr, `Request value ${text}.`);
      else this.emit('response-tightened', ptr, `Response value ${text}.`);
    } else {
      const text = `${name} is no longer restricted to a list of values`;
      if (req) this.emit('request-loosened', ptr, `Request value ${text}.`);
      else this.emit('response-constraint-widened', ptr, `Response value ${text}.`);
    }
  }

  private compareBounds(b: SchemaView, r: SchemaView, req: boolean, name: string): void {
    const keywords = [...new Set([...b.bounds.keys(), ...r.bounds.keys()])].sort();
    for (const kw of keywords) {
      const before = b.bounds.get(kw);
      const after = r.bounds.get(kw);
      const [narrowed, widened] = boundChange(kw, before, after);
      if (!narrowed && !widened) continue;
      const ptr = after?.ptr ?? r.ptr;
      const text = `${kw} of ${name} changed from ${show(before?.value)} to ${show(after?.value)}`;
      if (req && narrowed) this.emit('request-constraint-narrowed', ptr, `The request ${text}.`);
      else if (req) this.emit('request-loosened', ptr, `The request ${text}.`);
      else if (widened) this.emit('response-constraint-widened', ptr, `The response ${text}.`);
      else this.emit('response-tightened', ptr, `The response ${text}.`);
    }
  }

  private compareDefault(b: SchemaView, r: SchemaView, req: boolean, name: string): void {
    if (!b.defaultValue) return;
    const before = JSON.stringify(b.defaultValue.value);
    const after = r.defaultValue ? JSON.stringify(r.defaultValue.value) : undefined;
    if (before === after) return;
    const text = `default of ${name} changed from ${before} to ${after ?? 'none'}`;
    const ptr = r.defaultValue?.ptr ?? r.ptr;
    this.emit(req ? 'request-default-changed' : 'response-default-changed', ptr, `The ${text}.`);
  }

  private compareVariants(b: SchemaView, r: SchemaView, direction: Direction, root: string, name: string) {
    const req = direction === 'request';
    if (b.discriminator) {
      const ptr = r.variants?.ptr ?? r.ptr;
      const d = r.discriminator;
      if (!d) this.emit('discriminator-changed', r.ptr, `The discriminator of ${name} was removed.`);
      else if (d.propertyName !== b.discriminator.propertyName)
        this.emit(
          'discriminator-changed',
          ptr,
          `The discriminator of ${name} changed from ${b.discriminator.propertyName} to ${d.propertyName}.`,
        );
      else
        for (const [value, target] of b.discriminator.mapping) {
          const now = d.mapping.get(value);
          if (now !== target)
            this.emit(
              'discriminator-changed',
              ptr,
              `The discriminator mapping ${value} of ${name} changed from ${target} to ${now ?? 'none'}.`,
            );
        }
    }
    if (!b.variants && !r.variants) return;
    if (!b.variants || !r.variants || b.variants.kind !== r.variants.kind) {
      const text = `${name} changed composition from ${b.variants?.kind ?? 'a single schema'} to ${r.variants?.kind ?? 'a single schema'}`;
      this.emit(req ? 'request-type-changed' : 'response-type-changed', r.variants?.ptr ?? r.ptr, `${text}.`);
      return;
    }
    const revByKey = new Map(r.variants.list.map((v) => [v.key, v.at]));
    const baseKeys = new Set(b.variants.list.map((v) => v.key));
    for (const variant of b.variants.list) {
      const other = revByKey.get(variant.key);
      if (other) this.compare(variant.at, other, direction, root);
      else if (req)
        this.emit(
          'request-variant-removed',
          r.variants.ptr,
          `Request ${name} no longer accepts ${variant.key}.`,
        );
      else this.emit('response-tightened', r.variants.ptr, `Response ${name} no longer has ${variant.key}.`);
    }
    for (const variant of r.variants.list) {
      if (baseKeys.has(variant.key)) continue;
      if (req)
        this.emit('request-loosened', variant.at.ptr, `Request ${name} now also accepts ${variant.key}.`);
      else this.emit('response-variant-added', variant.at.ptr, `Response ${name} may now be ${variant.key}.`);
    }
  }

  /**
   * The properties that travel in this direction: a `readOnly` property is never sent by a client
   * and a `writeOnly` one never returned (OpenAPI's request/response reading of the keywords).
   */
  private travelling(doc: Json, view: SchemaView, direction: Direction): Map<string, Located> {
    const skip = direction === 'request' ? 'readOnly' : 'writeOnly';
    const out = new Map<string, Located>();
    for (const [prop, at] of view.properties) {
      const node = deref(doc, at).node;
      if (!(isObj(node) && node[skip] === true)) out.set(prop, at);
    }
    return out;
  }

  private compareObject(b: SchemaView, r: SchemaView, direction: Direction, root: string, name: string) {
    const req = direction === 'request';
    const before = this.travelling(this.baseDoc, b, direction);
    const after = this.travelling(this.revDoc, r, direction);
    for (const [prop, at] of before) {
      const other = after.get(prop);
      const was = b.required.has(prop);
      if (!other) {
        const now = r.properties.get(prop);
        if (now) {
          const text = req
            ? 'is now readOnly: clients can no longer send it'
            : 'is now writeOnly: it is no longer returned';
          const rule = req ? 'request-property-removed' : 'response-property-removed';
          this.emit(rule, now.ptr, `${req ? 'Request' : 'Response'} property ${name}.${prop} ${text}.`);
        } else if (req)
          this.emit('request-property-removed', at.ptr, `Request property ${name}.${prop} was removed.`);
        else this.emit('response-property-removed', at.ptr, `Response property ${name}.${prop} was removed.`);
        continue;
      }
      this.compare(at, other, direction, root);
      const is = r.required.has(prop);
      if (was === is) continue;
      const text = `property ${name}.${prop} is now ${is ? 'required' : 'optional'}`;
      if (req)
        this.emit(is ? 'request-property-made-required' : 'request-loosened', other.ptr, `Request ${text}.`);
      else
        this.emit(
          is ? 'response-tightened' : 'response-property-made-optional',
          other.ptr,
          `Response ${text}.`,
        );
    }
    for (const [prop, at] of after) {
      if (before.has(prop)) continue;
      const is = r.required.has(prop);
      // Required by name before (`required: [x]` in a oneOf branch, say) and now also described:
      // clients already had to send it.
      if (req && is && b.required.has(prop)) continue;
      if (req && is)
        this.emit(
          'request-property-required-added',
          at.ptr,
          `Request property ${name}.${prop} was added as required.`,
        );
      else if (req)
        this.emit('request-property-added', at.ptr, `Optional request property ${name}.${prop} was added.`);
      else this.emit('response-property-added', at.ptr, `Response property ${name}.${prop} was added.`);
    }
    this.compareAdditional(b, r, direction, root, name);
  }

  private compareAdditional(b: SchemaView, r: SchemaView, direction: Direction, root: string, name: string) {
    const closed = (v: SchemaView) => v.additional?.node === false;
    const schema = (v: SchemaView) => (isObj(v.additional?.node) ? v.additional : undefined);
    const ptr = r.additional?.ptr ?? r.ptr;
    const req = direction === 'request';
    if (!closed(b) && closed(r)) {
      if (req)
        this.emit(
          'request-constraint-narrowed',
          ptr,
          `Request object ${name} no longer accepts unknown properties.`,
        );
      else this.emit('response-tightened', ptr, `Response object ${name} no longer has unknown properties.`);
    } else if (closed(b) && !closed(r) && req) {
      this.emit('request-loosened', ptr, `Request object ${name} now accepts unknown properties.`);
    }
    const before = schema(b);
    const after = schema(r);
    if (before && after) this.compare(before, after, direction, root);
  }
}

/** [narrowed, widened]: whether the set of valid values lost members, gained members, or both. */
function boundChange(kw: string, before: Bound | undefined, after: Bound | undefined): [boolean, boolean] {
  const a = before?.value;
  const b = after?.value;
  if (JSON.stringify(a) === JSON.stringify(b)) return [false, false];
  if (LOWER_BOUNDS.includes(kw) || UPPER_BOUNDS.includes(kw)) {
    if (typeof b !== 'number') return [false, true];
    if (typeof a !== 'number') return [true, false];
    const lower = LOWER_BOUNDS.includes(kw);
    return lower ? [b > a, b < a] : [b < a, b > a];
  }
  if (kw === 'uniqueItems') return [b === true, a === true];
  if (kw === 'multipleOf') {
    if (typeof b !== 'number') return [false, true];
    if (typeof a !== 'number') return [true, false];
    const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;
    if (whole(b / a)) return [true, false];
    if (whole(a / b)) return [false, true];
    return [true, true];
  }
  // pattern (and anything else): a different expression may reject and accept different values.
  if (b === undefined) return [false, true];
  if (a === undefined) return [true, false];
  return [true, true];
}
