import { describe, expect, it } from 'vitest';
import { seqId } from '../../server/core/decimal.ts';
import {
  bookChecksum,
  crc32,
  formatScaled,
  formatScaledAs,
  formatTimestamp,
  PARSE_PRECISION,
  PARSE_RANGE,
  PARSE_SYNTAX,
  parseScaled,
  parseTimestamp,
} from '../../server/core/index.ts';

describe('parseScaled', () => {
  it.each([
    ['50000.10', 2, 5000010],
    ['50000.1', 2, 5000010],
    ['7', 2, 700],
    ['0.0100', 4, 100],
    ['0.01000000', 2, 1],
    ['000.5', 1, 5],
    ['0', 8, 0],
  ])('%s at %i decimals is %i', (text, decimals, want) => {
    expect(parseScaled(text, decimals)).toBe(want);
  });

  it.each(['', '.5', '5.', '-1', '+1', '1e5', '1,5', ' 1', '1.2.3', 'abc', '0x10'])(
    'rejects syntax %j',
    (text) => {
      expect(parseScaled(text, 2)).toBe(PARSE_SYNTAX);
    },
  );

  it('reports digits beyond the grid instead of rounding', () => {
    expect(parseScaled('50000.105', 2)).toBe(PARSE_PRECISION);
    expect(parseScaled('0.000000001', 8)).toBe(PARSE_PRECISION);
  });

  it('reports values past MAX_SAFE_INTEGER', () => {
    expect(parseScaled('90071992547409.92', 2)).toBe(PARSE_RANGE);
    expect(parseScaled('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseScaled('1'.repeat(65), 0)).toBe(PARSE_RANGE);
  });
});

describe('formatScaled', () => {
  it.each([
    [5000010, 2, '50000.10'],
    [1, 8, '0.00000001'],
    [0, 6, '0.000000'],
    [-150, 2, '-1.50'],
    [42, 0, '42'],
  ])('%i at %i decimals is %s', (value, decimals, want) => {
    expect(formatScaled(value, decimals)).toBe(want);
  });

  it('drops scale digits that are zeros to show a coarser grid', () => {
    expect(formatScaledAs(1_000_000, 8, 4)).toBe('0.0100');
    expect(formatScaledAs(300_000_000, 8, 0)).toBe('3');
  });

  it('round-trips every value on the grid', () => {
    for (const v of [0, 1, 9, 10, 99, 100, 123456789, Number.MAX_SAFE_INTEGER]) {
      expect(parseScaled(formatScaled(v, 6), 6)).toBe(v);
    }
  });
});

describe('seqId', () => {
  it('equals String(seq) in order, across thousands and digit-count boundaries', () => {
    for (let seq = 0; seq <= 120_000; seq++) expect(seqId(seq)).toBe(String(seq));
  });

  it('equals String(seq) out of order and for large counters', () => {
    for (const seq of [
      999_999,
      1_000_000,
      5,
      1_000_001,
      123_456_789_012,
      1000,
      Number.MAX_SAFE_INTEGER,
      1001,
    ])
      expect(seqId(seq)).toBe(String(seq));
  });
});

describe('timestamps', () => {
  it('formats integer µs as RFC 3339 with microseconds', () => {
    expect(formatTimestamp(1_795_262_400_123_456)).toBe('2026-11-21T12:00:00.123456Z');
    expect(formatTimestamp(1_767_225_600_000_001)).toBe('2026-01-01T00:00:00.000001Z');
  });

  it('formats like Date#toISOString with µs across second boundaries, in any order (the per-second cache)', () => {
    const reference = (micros: number) => {
      const ms = Math.floor(micros / 1000);
      const iso = new Date(ms).toISOString();
      return `${iso.slice(0, 23)}${String(micros - ms * 1000).padStart(3, '0')}Z`;
    };
    const samples = [0, 999_999, 1_000_000, -1, -1_000_001, 1_795_262_399_999_999, 1_795_262_400_000_000];
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      samples.push(1_795_262_400_000_000 + (x % 5_000_000) - 2_500_000, x * 1_000_003);
    }
    for (const micros of samples) expect(formatTimestamp(micros), String(micros)).toBe(reference(micros));
  });

  it('parses RFC 3339 back to µs, offsets included', () => {
    expect(parseTimestamp('2026-11-21T12:00:00.123456Z')).toBe(1_795_262_400_123_456);
    expect(parseTimestamp('2026-11-21T13:00:00.5+01:00')).toBe(1_795_262_400_500_000);
    expect(parseTimestamp('2026-11-21T12:00:00Z')).toBe(1_795_262_400_000_000);
  });

  it('rejects malformed input and sub-microsecond digits', () => {
    expect(parseTimestamp('2026-11-21 12:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2026-11-21T12:00:00.1234567Z')).toBeUndefined();
    expect(parseTimestamp('2026-11-21T12:00:00.1234560Z')).toBe(1_795_262_400_123_456);
  });
});

describe('book checksum', () => {
  it('is CRC-32 (IEEE) of the top levels as price:quantity', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    const bids = [{ price: '50000.00', quantity: '0.5000' }];
    const asks = [{ price: '50001.00', quantity: '1.0000' }];
    expect(bookChecksum(bids, asks)).toBe(crc32('50000.00:0.5000,50001.00:1.0000'));
  });

  it('uses at most ten levels per side', () => {
    const levels = Array.from({ length: 12 }, (_, i) => ({ price: `${100 - i}.00`, quantity: '1.0000' }));
    expect(bookChecksum(levels, [])).toBe(bookChecksum(levels.slice(0, 10), []));
  });
});
