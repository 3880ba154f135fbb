/**
 * JSON serialisation of a large, immutable value in slices across event-loop turns, so that
 * writing a snapshot of a busy venue never blocks every gateway for the whole `JSON.stringify`.
 * The text parses to exactly what `JSON.parse(JSON.stringify(value))` would give.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Primitive values serialised per `JSON.stringify` call: well under a millisecond of work. */
const SLICE = 8192;
/** An object or array with at most this many primitive entries is serialised in one call. */
const FLAT_ENTRIES = 64;
/** Text accumulated before it is encoded into one output chunk. */
const CHUNK_CHARS = 1 << 20;

export interface SliceOptions {
  /** Longest stretch of work between two yields to the event loop (default 2 ms). */
  budgetMs?: number;
}

/**
 * UTF-8 chunks whose concatenation is the JSON text of `value`. `value` must not change until the
 * promise settles: the caller captures it in one turn (one journal position) and hands it over.
 */
export async function jsonInSlices(value: unknown, options: SliceOptions = {}): Promise<Buffer[]> {
  const budget = options.budgetMs ?? 2;
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let chars = 0;
  let since = performance.now();
  for (const piece of pieces(value)) {
    parts.push(piece);
    chars += piece.length;
    if (chars >= CHUNK_CHARS) {
      chunks.push(Buffer.from(parts.join(''), 'utf8'));
      parts = [];
      chars = 0;
    }
    if (performance.now() - since >= budget) {
      await nextTurn();
      since = performance.now();
    }
  }
  if (chars > 0) chunks.push(Buffer.from(parts.join(''), 'utf8'));
  return chunks;
}

/**
 * A value that writes its own JSON text in pieces of bounded work (the engine's snapshot capture:
 * server/core/history-store.ts JSON_PIECES, the same registry symbol): its pieces are taken as they
 * come, never through its toJSON (which would do all the work in one turn).
 */
const JSON_PIECES = Symbol.for('openvenue.jsonPieces');

interface SelfSlicing {
  [JSON_PIECES](): Iterable<string>;
}

function isSelfSlicing(v: unknown): v is SelfSlicing {
  return v !== null && typeof v === 'object' && typeof (v as SelfSlicing)[JSON_PIECES] === 'function';
}

function* pieces(value: unknown): Generator<string, void, void> {
  if (isSelfSlicing(value)) {
    yield* value[JSON_PIECES]();
    return;
  }
  if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype) {
    if (flatWeight(value) >= 0) {
      yield JSON.stringify(value);
      return;
    }
    yield '[';
    for (let from = 0; from < value.length; ) {
      if (from > 0) yield ',';
      // A run of small elements goes through one native call; anything bigger is walked.
      let to = from;
      let weight = 0;
      while (to < value.length && weight < SLICE) {
        const w = flatWeight(value[to]);
        if (w < 0) break;
        weight += w;
        to++;
      }
      if (to > from) {
        yield JSON.stringify(value.slice(from, to)).slice(1, -1);
        from = to;
      } else {
        // Inside an array, what JSON cannot represent becomes null.
        const v = value[from];
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
        else yield* pieces(v);
        from++;
      }
    }
    yield ']';
    return;
  }
  if (!isPlainObject(value) || flatWeight(value) >= 0) {
    // Primitives, small objects, and anything with its own JSON rules (toJSON, Map, class instances).
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  yield '{';
  let first = true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const v = value[key];
    // Object members JSON cannot represent are left out, as JSON.stringify does.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* pieces(v);
  }
  yield '}';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return (
    (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/**
 * The number of primitives in `v` when it is cheap to serialise in one go (a primitive, or an
 * array or plain object of a few primitives), else -1.
 */
function flatWeight(v: unknown): number {
  if (v === null || typeof v !== 'object') return 1;
  if (isSelfSlicing(v)) return -1;
  if (Array.isArray(v)) {
    if (v.length > FLAT_ENTRIES) return -1;
    for (let i = 0; i < v.length; i++) {
      const e = v[i];
      if (e !== null && typeof e === 'object') return -1;
    }
    return v.length + 1;
  }
  // Objects with their own JSON rules are taken whole, as JSON.stringify would.
  if (!isPlainObject(v)) return 1;
  let n = 1;
  for (const key in v) {
    const e = v[key];
    if ((e !== null && typeof e === 'object') || ++n > FLAT_ENTRIES) return -1;
  }
  return n;
}
