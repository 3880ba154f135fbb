// Ledger and fees: holds taken at entry and released on fill/cancel, better-price savings released
// at once, maker/taker rates to the fee account, rounding up once per order, conservation.

import { describe, expect, it } from 'vitest';
import { Engine, type EngineEvent } from '../../server/core/index.ts';
import { AccountRec, Ledger } from '../../server/core/ledger.ts';
import { EventWriter } from '../../server/core/sink.ts';
import { balance, eventsOf, orderOf, venue } from './helpers.ts';

const rich = { USD: '1000000', BTC: '100', ETH: '1000' };

/** Sum over all accounts (fee account included) of one asset's total, as a bigint of units. */
function supply(engine: Engine, accounts: string[], asset: string): bigint {
  let sum = 0n;
  for (const a of [...accounts, 'fees']) {
    const b = engine.balances(a)?.find((x) => x.asset === asset);
    sum += BigInt((b?.total ?? '0').replace('.', ''));
  }
  return sum;
}

describe('fees', () => {
  it('charges maker and taker rates in the quote asset to the fee account', () => {
    const v = venue({ m: rich, t: rich }, { m: [10, 20], t: [15, 30] });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '1.0000' });
    const r = v.place('t', { price: '50000.00', quantity: '1.0000' });
    const fees = eventsOf(r, 'execution').map((e) => [
      e.execution.accountId,
      e.execution.liquidity,
      e.execution.fee,
    ]);
    expect(fees).toEqual([
      ['m', 'maker', 50_000_000], // 10 bps of 50,000
      ['t', 'taker', 150_000_000], // 30 bps
    ]);
    expect(balance(v, 'fees', 'USD').total).toBe('200.000000');
    expect(balance(v, 'm', 'USD').total).toBe('1049950.000000'); // seller gets notional − fee
    expect(balance(v, 't', 'USD').total).toBe('949850.000000'); // buyer pays notional + fee
    expect(balance(v, 't', 'BTC').total).toBe('101.00000000');
  });

  it('zero-fee accounts pay nothing and create no fee-account balance event', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '1.0000' });
    const r = v.place('t', { price: '50000.00', quantity: '1.0000' });
    expect(eventsOf(r, 'balance').some((b) => b.accountId === 'fees')).toBe(false);
  });

  it('rounds up, but once per order: per-fill fees telescope to ceil(exact total)', () => {
    // A market without a minimum notional, so tiny fills are possible.
    const v = venue({ m: rich, t: rich }, { t: [0, 1] });
    const grid = { tickSize: '0.01', lotSize: '0.001', minQuantity: '0.001', minNotional: '0' };
    expect(
      v.run({ type: 'addMarket', market: 'ETH-USDZ', baseAsset: 'ETH', quoteAsset: 'USD', ...grid }).ok,
    ).toBe(true);
    for (let i = 0; i < 3; i++)
      v.place('m', { market: 'ETH-USDZ', side: 'sell', price: '0.33', quantity: '0.001' });
    const r = v.place('t', { market: 'ETH-USDZ', price: '0.33', quantity: '0.003' });
    const takerFees = eventsOf(r, 'execution')
      .filter((e) => e.execution.liquidity === 'taker')
      .map((e) => e.execution.fee);
    // Each fill: notional 330 units, exact fee 0.033 unit. Cumulative ceil: 1, 1, 1 -> increments 1, 0, 0.
    expect(takerFees).toEqual([1, 0, 0]);
    expect(orderOf(r).fee).toBe(1);
  });

  it('the payer never pays less than the exact fee', () => {
    const v = venue({ m: rich, t: rich }, { m: [7, 7], t: [13, 13] });
    v.place('m', { side: 'sell', price: '12345.67', quantity: '0.0003' });
    const r = v.place('t', { price: '12345.67', quantity: '0.0003' });
    const [maker, taker] = eventsOf(r, 'execution').map((e) => e.execution);
    // notional 3.703701 USD = 3,703,701 units.
    expect(maker?.quoteQuantity).toBe(3_703_701);
    expect(maker?.fee).toBe(Math.ceil((3_703_701 * 7) / 10_000));
    expect(taker?.fee).toBe(Math.ceil((3_703_701 * 13) / 10_000));
  });

  it('splits the fee computation so huge notionals stay exact', () => {
    const v = venue({ m: { BTC: '1000000' }, t: { USD: '8000000000' } }, { m: [9999, 9999], t: [1, 1] });
    v.place('m', { side: 'sell', price: '7000.00', quantity: '1000000.0000' });
    const r = v.place('t', { price: '7000.00', quantity: '1000000.0000' });
    const [maker] = eventsOf(r, 'execution').map((e) => e.execution);
    const notional = 7_000_000_000n * 1_000_000n; // units
    expect(BigInt(maker?.quoteQuantity ?? 0)).toBe(notional);
    expect(BigInt(maker?.fee ?? 0)).toBe((notional * 9999n + 9999n) / 10_000n);
  });
});

describe('holds', () => {
  it('a resting limit buy locks notional plus its largest fee; cancel releases all of it', () => {
    const v = venue({ a: rich }, { a: [10, 25] });
    const o = orderOf(v.place('a', { price: '40000.00', quantity: '0.5000' }));
    expect(balance(v, 'a', 'USD')).toEqual({
      total: '1000000.000000',
      available: '979950.000000',
      locked: '20050.000000',
    });
    v.run({ type: 'cancelOrder', accountId: 'a', orderId: o.orderId });
    expect(balance(v, 'a', 'USD').locked).toBe('0.000000');
  });

  it('a sell locks its base quantity and the fill consumes it', () => {
    const v = venue({ a: rich, b: rich });
    v.place('a', { side: 'sell', price: '40000.00', quantity: '0.5000' });
    expect(balance(v, 'a', 'BTC')).toEqual({
      total: '100.00000000',
      available: '99.50000000',
      locked: '0.50000000',
    });
    v.place('b', { price: '40000.00', quantity: '0.2000' });
    expect(balance(v, 'a', 'BTC')).toEqual({
      total: '99.80000000',
      available: '99.50000000',
      locked: '0.30000000',
    });
  });

  it('fills at a better price release the savings at once', () => {
    const v = venue({ m: rich, t: rich }, { t: [0, 0] });
    v.place('m', { side: 'sell', price: '49000.00', quantity: '0.1000' });
    v.place('t', { price: '50000.00', quantity: '0.3000' });
    // 0.1 bought at 49,000 (paid 4,900); 0.2 rest at 50,000 holds 10,000.
    expect(balance(v, 't', 'USD')).toEqual({
      total: '995100.000000',
      available: '985100.000000',
      locked: '10000.000000',
    });
  });

  it('a maker buy partially filled keeps exactly the hold of its remainder', () => {
    const v = venue({ m: rich, t: rich }, { m: [10, 30] });
    v.place('m', { price: '50000.00', quantity: '0.3000' });
    v.place('t', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    // Paid 5,000 + 5 maker fee. Remainder hold: 10,000 + ceil(5 + 10,000 × 30 bps) − 5 = 10,030.
    expect(balance(v, 'm', 'USD')).toEqual({
      total: '994995.000000',
      available: '984965.000000',
      locked: '10030.000000',
    });
  });

  it('market buy by quoteQuantity locks quote + fee only during the command', () => {
    const v = venue({ m: rich, t: { USD: '1001.00' } }, { t: [0, 10] });
    v.place('m', { side: 'sell', price: '100.00', quantity: '10.0000' });
    const r = v.place('t', { orderType: 'market', quoteQuantity: '1000.00' });
    expect(orderOf(r)).toMatchObject({
      status: 'filled',
      filledQuoteQuantity: 1_000_000_000,
      fee: 1_000_000,
    });
    expect(balance(v, 't', 'USD')).toEqual({ total: '0.000000', available: '0.000000', locked: '0.000000' });
    expect(balance(v, 't', 'BTC').total).toBe('10.00000000');
  });

  it('market buy by quoteQuantity needs quote + taker fee available', () => {
    const v = venue({ t: { USD: '1000.99' } }, { t: [0, 10] });
    expect(v.place('t', { orderType: 'market', quoteQuantity: '1000.00' }).error?.code).toBe(
      'INSUFFICIENT_FUNDS',
    );
  });
});

describe('conservation', () => {
  it('each asset total across accounts changes only by deposits, balances never negative', () => {
    const accounts = ['a', 'b', 'c'];
    const v = venue({ a: rich, b: rich, c: rich }, { a: [10, 20], b: [3, 7], c: [0, 50] });
    const before = ['USD', 'BTC'].map((asset) => supply(v.engine, accounts, asset));
    const prices = ['49999.99', '50000.00', '50000.01', '50000.37'];
    let k = 0;
    for (let i = 0; i < 60; i++) {
      const who = accounts[i % 3] as string;
      const side = i % 2 === 0 ? 'buy' : 'sell';
      k += 7;
      const price = prices[k % prices.length] as string;
      if (i % 5 === 4)
        v.place(who, { side, orderType: 'market', price: undefined, quantity: '0.0007' } as never);
      else v.place(who, { side, price, quantity: `0.00${(i % 9) + 1}3` });
    }
    const after = ['USD', 'BTC'].map((asset) => supply(v.engine, accounts, asset));
    expect(after).toEqual(before);
    for (const a of [...accounts, 'fees']) {
      for (const b of v.engine.balances(a) ?? []) {
        expect(b.total.startsWith('-') || b.available.startsWith('-') || b.locked.startsWith('-')).toBe(
          false,
        );
      }
    }
  });
});

describe('balance event order', () => {
  /** (accountId, asset) of each balance event, in delivery order. */
  const keys = (r: ReturnType<Engine['apply']>) =>
    eventsOf(r, 'balance').map((e) => `${e.accountId}/${e.asset}`);

  it('sorts by accountId then asset, whatever order the accounts were created in', () => {
    // Created in reverse string order, with ids whose order differs from their lengths' order.
    const v = venue(
      { zed: rich, acct10: rich, acct9: rich, B: rich },
      { zed: [10, 20], acct10: [10, 20], acct9: [10, 20], B: [10, 20] },
    );
    v.place('zed', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    v.place('acct9', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    v.place('B', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    const r = v.place('acct10', { price: '50000.00', quantity: '0.3000' });
    const expected = [
      'B/BTC',
      'B/USD',
      'acct10/BTC',
      'acct10/USD',
      'acct9/BTC',
      'acct9/USD',
      'fees/USD',
      'zed/BTC',
      'zed/USD',
    ];
    expect(keys(r)).toEqual(expected);

    // A restored engine ranks the accounts again (restore adds them in its own order).
    const w = venue({ zed: rich, acct10: rich, acct9: rich, B: rich });
    for (const id of ['zed', 'acct9', 'B'])
      w.place(id, { side: 'sell', price: '50000.00', quantity: '0.1000' });
    const copy = Engine.restore(JSON.parse(JSON.stringify(w.engine.snapshot())));
    const again = copy.apply({
      type: 'placeOrder',
      ts: w.ts() + 1,
      accountId: 'acct10',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '50000.00',
      quantity: '0.3000',
    });
    expect(keys(again)).toEqual(expected.filter((k) => k !== 'fees/USD'));
  });

  it('keeps the order when an account is created between trades', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    expect(v.run({ type: 'createAccount', accountId: 'a', makerFeeBps: 0, takerFeeBps: 0 }).ok).toBe(true);
    expect(v.run({ type: 'deposit', accountId: 'a', asset: 'BTC', amount: '1' }).ok).toBe(true);
    v.place('a', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    const r = v.place('t', { price: '50000.00', quantity: '0.2000' });
    expect(keys(r)).toEqual(['a/BTC', 'a/USD', 'm/BTC', 'm/USD', 't/BTC', 't/USD']);
  });
});

describe('Ledger balance events', () => {
  function setup() {
    const ledger = new Ledger();
    const out = new EventWriter();
    const a = new AccountRec('a', null, 0, 0, 0, 2);
    const b = new AccountRec('b', null, 0, 0, 0, 2);
    ledger.addAccount(b);
    ledger.addAccount(a);
    const events: string[] = [];
    const sink = {
      event(e: EngineEvent) {
        if (e.type === 'balance') events.push(`${e.accountId}:${e.asset}:${e.total}/${e.locked}`);
      },
    };
    const emit = () => {
      events.length = 0;
      ledger.emitEvents(sink, out, ['USD', 'BTC']);
      return [...events];
    };
    return { ledger, a, b, emit };
  }

  it('reports each really changed balance once, by account then asset symbol', () => {
    const { ledger, a, b, emit } = setup();
    ledger.beginCommand();
    ledger.credit(b, 0, 5);
    ledger.credit(a, 0, 7);
    ledger.lock(a, 0, 2);
    ledger.credit(a, 1, 3);
    ledger.credit(b, 1, 1);
    ledger.credit(b, 1, -1); // back where it was: no event
    expect(emit()).toEqual(['a:BTC:3/0', 'a:USD:7/2', 'b:USD:5/0']);
    ledger.beginCommand();
    ledger.unlock(a, 0, 2);
    expect(emit()).toEqual(['a:USD:7/0']);
    ledger.beginCommand();
    ledger.settleHold(a, 0, 0, 0);
    expect(emit()).toEqual([]);
  });

  it('never reports the changes of a command that ended without its events', () => {
    const { ledger, a, emit } = setup();
    ledger.beginCommand();
    ledger.credit(a, 0, 5); // the command throws: no emitEvents
    ledger.beginCommand();
    ledger.credit(a, 0, 1);
    ledger.credit(a, 0, -1);
    expect(emit()).toEqual([]);
    ledger.beginCommand();
    ledger.credit(a, 0, -5);
    expect(emit()).toEqual(['a:USD:0/0']);
  });
});
