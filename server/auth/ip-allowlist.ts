/**
 * IP allowlists for API keys: CIDR parsing and matching for IPv4 and IPv6.
 *
 * Addresses are normalised before matching: an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, as
 * Node reports IPv4 peers on a dual-stack socket) is treated as the IPv4 address it carries, so a
 * key allowlisted for `127.0.0.0/8` works whichever way the socket was bound.
 */

/** A parsed address: 4 bytes for IPv4, 16 for IPv6. */
export interface IpAddress {
  readonly family: 4 | 6;
  readonly bytes: Uint8Array;
}

/** A parsed CIDR block. `text` is the canonical form given (host bits are required to be zero). */
export interface Cidr extends IpAddress {
  readonly prefix: number;
  readonly text: string;
}

/** Result of parsing one allowlist entry. */
export type CidrParseResult = { ok: true; cidr: Cidr } | { ok: false; message: string };

/** Most entries an allowlist may hold: matching is a linear scan and should stay cheap. */
export const MAX_ALLOWLIST_ENTRIES = 100;

const DECIMAL = /^(?:0|[1-9][0-9]*)$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i] ?? '';
    // Leading zeros are refused: some stacks read `010` as octal, so its meaning is ambiguous.
    if (part.length > 3 || !DECIMAL.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    bytes[i] = n;
  }
  return bytes;
}

function parseHexGroups(text: string): number[] | null {
  if (text === '') return [];
  const groups: number[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (!v4) return null;
      groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    } else {
      if (!HEX_GROUP.test(part)) return null;
      groups.push(Number.parseInt(part, 16));
    }
  }
  return groups;
}

function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = parseHexGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseHexGroups(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  const given = head.length + tail.length;
  if (halves.length === 2 ? given > 7 : given !== 8) return null;
  const groups = [...head, ...new Array<number>(8 - given).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

function isV4Mapped(bytes: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * Parses an IPv4 or IPv6 address (an IPv6 zone such as `%eth0` is ignored), mapping IPv4-mapped
 * IPv6 addresses to IPv4. Returns null when the text is not an address.
 */
export function parseIp(text: string): IpAddress | null {
  if (text.includes(':')) {
    const bytes = parseIpv6(text.split('%')[0] ?? '');
    if (!bytes) return null;
    return isV4Mapped(bytes) ? { family: 4, bytes: bytes.slice(12) } : { family: 6, bytes };
  }
  const bytes = parseIpv4(text);
  return bytes ? { family: 4, bytes } : null;
}

function hostBitsZero(bytes: Uint8Array, prefix: number): boolean {
  for (let bit = prefix; bit < bytes.length * 8; bit++) {
    if (((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1) return false;
  }
  return true;
}

function prefixMatches(network: Uint8Array, address: Uint8Array, prefix: number): boolean {
  const whole = prefix >> 3;
  for (let i = 0; i < whole; i++) if (network[i] !== address[i]) return false;
  const rest = prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((network[whole] ?? 0) & mask) === ((address[whole] ?? 0) & mask);
}

/**
 * Parses one allowlist entry: a CIDR block (`10.0.0.0/8`, `2001:db8::/32`) or a bare address (a
 * single host). Host bits must be zero, because `10.1.2.3/8` usually means the operator meant a
 * single host and would otherwise silently allow sixteen million.
 */
export function parseCidr(text: string): CidrParseResult {
  const slash = text.indexOf('/');
  const addrText = slash === -1 ? text : text.slice(0, slash);
  if (text.includes('%')) return { ok: false, message: `"${text}": zone identifiers are not allowed` };
  const addr = parseIp(addrText);
  if (!addr) return { ok: false, message: `"${text}": not an IPv4 or IPv6 address or CIDR block` };
  const maxPrefix = text.includes(':') ? 128 : 32;
  let prefix = maxPrefix;
  if (slash !== -1) {
    const prefixText = text.slice(slash + 1);
    if (!DECIMAL.test(prefixText) || Number(prefixText) > maxPrefix) {
      return { ok: false, message: `"${text}": the prefix length must be an integer from 0 to ${maxPrefix}` };
    }
    prefix = Number(prefixText);
  }
  if (addr.family === 4 && maxPrefix === 128) {
    // An IPv4-mapped IPv6 block: only the part within ::ffff:0:0/96 can match an IPv4 address.
    if (prefix < 96)
      return { ok: false, message: `"${text}": an IPv4-mapped block needs a prefix of at least 96` };
    prefix -= 96;
  }
  if (!hostBitsZero(addr.bytes, prefix)) {
    return { ok: false, message: `"${text}": host bits are set; give the network address of the block` };
  }
  return { ok: true, cidr: { ...addr, prefix, text } };
}

/** A compiled allowlist: `allows(ip)` is true when the address falls in any of its blocks. */
export class IpAllowlist {
  private constructor(readonly cidrs: readonly Cidr[]) {}

  /**
   * Compiles entries, or returns one message per invalid entry (with its index) so key creation can
   * answer VALIDATION_FAILED with a precise `errors[]`.
   */
  static parse(
    entries: readonly string[],
  ): { ok: true; allowlist: IpAllowlist } | { ok: false; errors: { index: number; message: string }[] } {
    const errors: { index: number; message: string }[] = [];
    if (entries.length > MAX_ALLOWLIST_ENTRIES) {
      errors.push({ index: MAX_ALLOWLIST_ENTRIES, message: `at most ${MAX_ALLOWLIST_ENTRIES} entries` });
    }
    const cidrs: Cidr[] = [];
    entries.forEach((entry, index) => {
      const parsed = parseCidr(entry);
      if (parsed.ok) cidrs.push(parsed.cidr);
      else errors.push({ index, message: parsed.message });
    });
    return errors.length > 0 ? { ok: false, errors } : { ok: true, allowlist: new IpAllowlist(cidrs) };
  }

  /** True when `ip` (as Node reports it, possibly IPv4-mapped) is inside one of the blocks. */
  allows(ip: string): boolean {
    const addr = parseIp(ip);
    if (!addr) return false;
    return this.cidrs.some((c) => c.family === addr.family && prefixMatches(c.bytes, addr.bytes, c.prefix));
  }
}
