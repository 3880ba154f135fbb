import { BlockList } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IpAllowlist, MAX_ALLOWLIST_ENTRIES, parseCidr, parseIp } from '../../server/auth/ip-allowlist.ts';

function allowlist(...entries: string[]): IpAllowlist {
  const parsed = IpAllowlist.parse(entries);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.allowlist;
}

describe('parseIp', () => {
  it('parses IPv4 and IPv6, mapping IPv4-mapped IPv6 to IPv4', () => {
    expect(parseIp('127.0.0.1')).toEqual({ family: 4, bytes: Uint8Array.from([127, 0, 0, 1]) });
    expect(parseIp('::ffff:127.0.0.1')).toEqual({ family: 4, bytes: Uint8Array.from([127, 0, 0, 1]) });
    expect(parseIp('::FFFF:7f00:1')).toEqual({ family: 4, bytes: Uint8Array.from([127, 0, 0, 1]) });
    expect(parseIp('::1')?.family).toBe(6);
    expect(parseIp('fe80::1%eth0')?.family).toBe(6);
    expect(Array.from(parseIp('2001:db8::8:800:200c:417a')?.bytes ?? [])).toEqual([
      0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0x08, 0x08, 0, 0x20, 0x0c, 0x41, 0x7a,
    ]);
  });

  it.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.0.0.1',
    '01.2.3.4',
    '1.2.3.-4',
    'a.b.c.d',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    '12345::',
    '::g',
    '1:2:3:4:5:6:7',
    'localhost',
  ])('rejects %j', (text) => {
    expect(parseIp(text)).toBeNull();
  });
});

describe('parseCidr', () => {
  it('accepts blocks and bare addresses', () => {
    expect(parseCidr('10.0.0.0/8')).toMatchObject({ ok: true, cidr: { family: 4, prefix: 8 } });
    expect(parseCidr('203.0.113.7')).toMatchObject({ ok: true, cidr: { family: 4, prefix: 32 } });
    expect(parseCidr('2001:db8::/32')).toMatchObject({ ok: true, cidr: { family: 6, prefix: 32 } });
    expect(parseCidr('::1')).toMatchObject({ ok: true, cidr: { family: 6, prefix: 128 } });
    expect(parseCidr('0.0.0.0/0')).toMatchObject({ ok: true, cidr: { prefix: 0 } });
    expect(parseCidr('::ffff:10.0.0.0/104')).toMatchObject({ ok: true, cidr: { family: 4, prefix: 8 } });
  });

  it.each([
    ['10.0.0.1/8', /host bits/],
    ['2001:db8::1/32', /host bits/],
    ['10.0.0.0/33', /0 to 32/],
    ['::/129', /0 to 128/],
    ['10.0.0.0/08', /0 to 32/],
    ['10.0.0.0/', /0 to 32/],
    ['10.0.0.0/8/8', /0 to 32/],
    ['example.com/8', /not an IPv4 or IPv6/],
    ['fe80::/10%eth0', /zone/],
    ['fe80::1%eth0', /zone/],
    ['::ffff:0.0.0.0/95', /at least 96/],
  ])('rejects %j with a clear message', (text, message) => {
    const parsed = parseCidr(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).toContain(text);
    }
  });
});

describe('IpAllowlist', () => {
  it('matches IPv4 blocks, including IPv4-mapped peers', () => {
    const list = allowlist('10.0.0.0/8', '192.168.1.128/25', '203.0.113.7');
    expect(list.allows('10.255.255.255')).toBe(true);
    expect(list.allows('::ffff:10.1.2.3')).toBe(true);
    expect(list.allows('11.0.0.0')).toBe(false);
    expect(list.allows('192.168.1.128')).toBe(true);
    expect(list.allows('192.168.1.255')).toBe(true);
    expect(list.allows('192.168.1.127')).toBe(false);
    expect(list.allows('203.0.113.7')).toBe(true);
    expect(list.allows('::ffff:203.0.113.7')).toBe(true);
    expect(list.allows('203.0.113.8')).toBe(false);
  });

  it('matches IPv6 blocks and keeps families apart', () => {
    const list = allowlist('2001:db8::/32', '::1');
    expect(list.allows('2001:db8:ffff::1')).toBe(true);
    expect(list.allows('2001:db9::1')).toBe(false);
    expect(list.allows('::1')).toBe(true);
    expect(list.allows('::2')).toBe(false);
    expect(list.allows('127.0.0.1')).toBe(false);
    expect(allowlist('0.0.0.0/0').allows('::1')).toBe(false);
    expect(allowlist('::/0').allows('::1')).toBe(true);
  });

  it('lets an IPv4-mapped IPv6 entry match an IPv4 peer', () => {
    const list = allowlist('::ffff:127.0.0.1');
    expect(list.allows('127.0.0.1')).toBe(true);
    expect(list.allows('::ffff:127.0.0.1')).toBe(true);
    expect(list.allows('127.0.0.2')).toBe(false);
  });

  it('never allows an unparsable peer address', () => {
    expect(allowlist('0.0.0.0/0').allows('not-an-ip')).toBe(false);
    expect(allowlist('0.0.0.0/0').allows('')).toBe(false);
  });

  it('reports every invalid entry with its index', () => {
    const parsed = IpAllowlist.parse(['10.0.0.0/8', 'bogus', '10.0.0.1/8']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.index)).toEqual([1, 2]);
  });

  it(`caps the list at ${MAX_ALLOWLIST_ENTRIES} entries`, () => {
    const entries = Array.from({ length: MAX_ALLOWLIST_ENTRIES + 1 }, (_, i) => `10.0.${i}.0/24`);
    expect(IpAllowlist.parse(entries).ok).toBe(false);
    expect(IpAllowlist.parse(entries.slice(1)).ok).toBe(true);
  });
});

describe('agrees with node:net BlockList', () => {
  const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => b.join('.'));
  const v6 = fc
    .array(fc.nat(0xffff), { minLength: 8, maxLength: 8 })
    .map((g) => g.map((x) => x.toString(16)).join(':'));

  function network(address: string, prefix: number, family: 4 | 6): string {
    const bytes = parseIp(address)?.bytes ?? new Uint8Array();
    for (let bit = prefix; bit < bytes.length * 8; bit++)
      bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) & ~(1 << (7 - (bit & 7)));
    if (family === 4) return Array.from(bytes).join('.');
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
    return groups.join(':');
  }

  it('for IPv4', () => {
    fc.assert(
      fc.property(v4, fc.nat(32), v4, (base, prefix, probe) => {
        const net = network(base, prefix, 4);
        const reference = new BlockList();
        reference.addSubnet(net, prefix, 'ipv4');
        expect(allowlist(`${net}/${prefix}`).allows(probe)).toBe(reference.check(probe, 'ipv4'));
        // A probe that shares the prefix must match.
        expect(allowlist(`${net}/${prefix}`).allows(net)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('for IPv6', () => {
    fc.assert(
      fc.property(v6, fc.nat(128), v6, (base, prefix, probe) => {
        const net = network(base, prefix, 6);
        const reference = new BlockList();
        reference.addSubnet(net, prefix, 'ipv6');
        // BlockList treats ::ffff:a.b.c.d specially; those probes are covered by the unit tests.
        fc.pre(parseIp(probe)?.family === 6 && parseIp(net)?.family === 6);
        expect(allowlist(`${net}/${prefix}`).allows(probe)).toBe(reference.check(probe, 'ipv6'));
        expect(allowlist(`${net}/${prefix}`).allows(net)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
