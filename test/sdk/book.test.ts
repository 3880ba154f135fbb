/** The local book against the AsyncAPI guide's worked example, and its gap/mismatch detection. */
import { describe, expect, it } from 'vitest';
import { bookChecksum, compareDecimal, LocalOrderBook } from '../../sdk/src/ws/book.ts';
import { crc32 } from '../../sdk/src/ws/crc32.ts';

const snapshot = {
  market: 'BTC-USD',
  seq: 184467,
  checksum: 1859727052,
  bids: [
    ['49999.50', '0.2500'],
    ['49999.00', '1.0000'],
  ],
  asks: [
    ['50000.10', '0.1200'],
    ['50001.00', '0.5000'],
  ],
  updatedAt: '2026-11-21T12:00:02.000000Z',
};
const update = {
  market: 'BTC-USD',
  seq: 184468,
  checksum: 733457629,
  bids: [['49999.50', '0']],
  asks: [
    ['50000.10', '0.0800'],
    ['50000.50', '0.3000'],
  ],
  updatedAt: '2026-11-21T12:00:02.500000Z',
};

describe('crc32', () => {
  it('matches the IEEE check value and the empty string', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });
});

describe('compareDecimal', () => {
  it.each([
    ['9.5', '10.0', -1],
    ['50000.10', '50000.1', 0],
    ['0.06', '0.059', 1],
    ['007', '7.000', 0],
    ['49999.99', '50000', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareDecimal(a, b))).toBe(sign);
  });
});

describe('LocalOrderBook', () => {
  it('applies the worked example and verifies both checksums', () => {
    const book = new LocalOrderBook('BTC-USD');
    expect(book.applySnapshot(snapshot)).toBe('applied');
    expect(book.applyUpdate(update)).toBe('applied');
    expect(book.bids).toEqual([['49999.00', '1.0000']]);
    expect(book.asks).toEqual([
      ['50000.10', '0.0800'],
      ['50000.50', '0.3000'],
      ['50001.00', '0.5000'],
    ]);
    expect(book.checksum()).toBe(733457629);
    expect(book.seq).toBe(184468);
    expect([book.snapshots, book.updates, book.resyncs]).toEqual([1, 1, 0]);
  });

  it('ignores a stale update and reports a gap', () => {
    const book = new LocalOrderBook('BTC-USD');
    book.applySnapshot(snapshot);
    expect(book.applyUpdate({ ...update, seq: 184467 })).toBe('stale');
    expect(book.applyUpdate({ ...update, seq: 184469 })).toBe('gap');
    expect(book.synced).toBe(false);
    // Nothing applies until a fresh snapshot.
    expect(book.applyUpdate({ ...update, seq: 184470 })).toBe('stale');
    expect(book.applySnapshot(snapshot)).toBe('applied');
    expect(book.resyncs).toBe(1);
  });

  it('detects a checksum mismatch', () => {
    const book = new LocalOrderBook('BTC-USD');
    book.applySnapshot(snapshot);
    expect(book.applyUpdate({ ...update, checksum: 1 })).toBe('checksum');
    expect(book.synced).toBe(false);
  });

  it('keeps levels sorted best first and checksums only the top 10', () => {
    const book = new LocalOrderBook('ETH-USD');
    const bids = Array.from({ length: 15 }, (_, i) => [`${100 + i}.00`, '1.000']);
    const asks = Array.from({ length: 12 }, (_, i) => [`${200 - i}.00`, '2.000']);
    const sortedBids = [...bids].reverse();
    const sortedAsks = [...asks].reverse();
    book.applySnapshot({
      ...snapshot,
      market: 'ETH-USD',
      seq: 1,
      checksum: bookChecksum(sortedBids as [string, string][], sortedAsks as [string, string][]),
      bids,
      asks,
    });
    expect(book.synced).toBe(true);
    expect(book.bestBid).toEqual(['114.00', '1.000']);
    expect(book.bestAsk).toEqual(['189.00', '2.000']);
    const top = [...sortedBids.slice(0, 10), ...sortedAsks.slice(0, 10)]
      .map(([p, q]) => `${p}:${q}`)
      .join(',');
    expect(book.checksum()).toBe(crc32(top));
  });
});
