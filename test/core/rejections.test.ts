// Every rejection reason of order entry: static ones record nothing and leave the clientOrderId
// free; state-dependent ones record a `rejected` order and consume it. Plus the 24 h idempotency.

import { describe, expect, it } from 'vitest';
import { CLIENT_ORDER_ID_TTL_US, type CoreErrorCode } from '../../server/core/index.ts';
import { balance, orderOf, venue } from './helpers.ts';

const rich = { USD: '1000000', BTC: '100', ETH: '1000' };

describe('static rejections (nothing recorded)', () => {
  const cases: [string, Record<string, unknown>, CoreErrorCode][] = [
    ['unknown market', { market: 'XRP-USD' }, 'MARKET_NOT_FOUND'],
    ['bad side', { side: 'hold' }, 'VALIDATION_FAILED'],
    ['bad order type', { orderType: 'stop' }, 'VALIDATION_FAILED'],
    ['limit without price', { price: undefined }, 'VALIDATION_FAILED'],
    ['limit with quoteQuantity', { quoteQuantity: '10.00' }, 'VALIDATION_FAILED'],
    ['market with price', { orderType: 'market' }, 'VALIDATION_FAILED'],
    [
      'market sell by quoteQuantity',
      { orderType: 'market', side: 'sell', price: undefined, quantity: undefined, quoteQuantity: '100' },
      'VALIDATION_FAILED',
    ],
    [
      'market with both quantities',
      { orderType: 'market', price: undefined, quoteQuantity: '100' },
      'VALIDATION_FAILED',
    ],
    ['market GTC', { orderType: 'market', price: undefined, timeInForce: 'GTC' }, 'VALIDATION_FAILED'],
    ['unknown time in force', { timeInForce: 'DAY' }, 'VALIDATION_FAILED'],
    ['GTD without expireAt', { timeInForce: 'GTD' }, 'VALIDATION_FAILED'],
    ['expireAt without GTD', { expireAt: 9e15 }, 'VALIDATION_FAILED'],
    ['post-only IOC', { postOnly: true, timeInForce: 'IOC' }, 'VALIDATION_FAILED'],
    ['bad STP mode', { selfTradePrevention: 'cancelNone' }, 'VALIDATION_FAILED'],
    ['bad clientOrderId', { clientOrderId: 'has space' }, 'VALIDATION_FAILED'],
    ['too long clientOrderId', { clientOrderId: 'x'.repeat(37) }, 'VALIDATION_FAILED'],
    ['price syntax', { price: '5e4' }, 'VALIDATION_FAILED'],
    ['negative price', { price: '-1.00' }, 'VALIDATION_FAILED'],
    ['price off tick', { price: '50000.005' }, 'PRICE_NOT_ON_TICK'],
    ['zero price', { price: '0.00' }, 'VALUE_OUT_OF_RANGE'],
    ['huge price', { price: '99999999999999999.00' }, 'VALUE_OUT_OF_RANGE'],
    ['quantity off lot', { quantity: '0.00005' }, 'QUANTITY_NOT_ON_LOT'],
    ['zero quantity', { quantity: '0' }, 'QUANTITY_BELOW_MINIMUM'],
    ['huge quantity', { quantity: '999999999.0000' }, 'VALUE_OUT_OF_RANGE'],
    ['notional overflow', { price: '90000000000.00', quantity: '1.0000' }, 'VALUE_OUT_OF_RANGE'],
    ['notional below minimum', { price: '1.00', quantity: '0.0001' }, 'NOTIONAL_BELOW_MINIMUM'],
    [
      'quoteQuantity below minimum',
      { orderType: 'market', price: undefined, quantity: undefined, quoteQuantity: '0.99' },
      'NOTIONAL_BELOW_MINIMUM',
    ],
    [
      'quoteQuantity off the quote grid',
      { orderType: 'market', price: undefined, quantity: undefined, quoteQuantity: '10.0000001' },
      'VALIDATION_FAILED',
    ],
    [
      'zero quoteQuantity',
      { orderType: 'market', price: undefined, quantity: undefined, quoteQuantity: '0' },
      'VALUE_OUT_OF_RANGE',
    ],
  ];

  it.each(cases)('%s -> %s', (_name, fields, code) => {
    const v = venue({ a: rich });
    const r = v.place('a', {
      price: '50000.00',
      quantity: '0.1000',
      clientOrderId: 'c-1',
      ...fields,
    } as never);
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe(code);
    expect(r.order).toBeUndefined();
    expect(r.events).toEqual([]);
    expect(v.engine.listOrders('a').data).toEqual([]);
    // The clientOrderId stays free.
    expect(v.place('a', { price: '50000.00', quantity: '0.1000', clientOrderId: 'c-1' }).ok).toBe(true);
  });

  it('quantity below the market minimum', () => {
    const v = venue({ a: rich });
    v.run({
      type: 'addMarket',
      market: 'ETH-USDX',
      baseAsset: 'ETH',
      quoteAsset: 'USD',
      tickSize: '0.01',
      lotSize: '0.001',
      minQuantity: '0.010',
      minNotional: '0',
    });
    const r = v.place('a', { market: 'ETH-USDX', side: 'sell', price: '3000.00', quantity: '0.009' });
    expect(r.error?.code).toBe('QUANTITY_BELOW_MINIMUM');
  });

  it('ETH-BTC uses its own grid', () => {
    const v = venue({ a: rich });
    expect(
      v.place('a', { market: 'ETH-BTC', side: 'sell', price: '0.050001', quantity: '1.000' }).error?.code,
    ).toBe('PRICE_NOT_ON_TICK');
    expect(
      v.place('a', { market: 'ETH-BTC', side: 'sell', price: '0.05000', quantity: '1.0001' }).error?.code,
    ).toBe('QUANTITY_NOT_ON_LOT');
    expect(
      v.place('a', { market: 'ETH-BTC', side: 'sell', price: '0.05000', quantity: '0.001' }).error?.code,
    ).toBe('NOTIONAL_BELOW_MINIMUM');
    expect(v.place('a', { market: 'ETH-BTC', side: 'sell', price: '0.05000', quantity: '0.002' }).ok).toBe(
      true,
    );
  });

  it('expireAt not after ts', () => {
    const v = venue({ a: rich });
    const r = v.place('a', {
      price: '50000.00',
      quantity: '0.1000',
      timeInForce: 'GTD',
      expireAt: v.ts() + 1,
    });
    expect(r.error?.code).toBe('EXPIRE_AT_IN_PAST');
  });

  it('unknown account', () => {
    const v = venue({});
    expect(v.place('ghost', { price: '50000.00', quantity: '0.1000' }).error?.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('malformed commands are answered, not thrown', () => {
    const v = venue({});
    expect(v.engine.apply({ type: 'nope', ts: 1 } as never).error?.code).toBe('VALIDATION_FAILED');
    expect(v.engine.apply({ type: 'expireOrders', ts: -1 } as never).error?.code).toBe('VALIDATION_FAILED');
    expect(v.engine.apply(null as never).error?.code).toBe('VALIDATION_FAILED');
  });
});

describe('state rejections (recorded as rejected, clientOrderId consumed)', () => {
  it.each([
    ['INSUFFICIENT_FUNDS limit buy', { USD: '4999.99' }, {}, 'INSUFFICIENT_FUNDS'],
    ['INSUFFICIENT_FUNDS sell', { BTC: '0.0999' }, { side: 'sell' }, 'INSUFFICIENT_FUNDS'],
    [
      'INSUFFICIENT_FUNDS market buy with nothing available',
      { BTC: '1' },
      { orderType: 'market', price: undefined },
      'INSUFFICIENT_FUNDS',
    ],
    [
      'INSUFFICIENT_FUNDS market sell',
      { BTC: '0.05' },
      { orderType: 'market', price: undefined, side: 'sell' },
      'INSUFFICIENT_FUNDS',
    ],
  ] as const)('%s', (_name, funds, fields, code) => {
    const v = venue({ a: funds });
    const r = v.place('a', { price: '50000.00', quantity: '0.1000', clientOrderId: 'k', ...fields } as never);
    expect(r.error?.code).toBe(code);
    expect(orderOf(r)).toMatchObject({ status: 'rejected', rejectReason: code });
    expect(v.engine.getOrderByClientOrderId('a', 'k')?.status).toBe('rejected');
    const again = v.place('a', {
      price: '50000.00',
      quantity: '0.2000',
      clientOrderId: 'k',
      ...fields,
    } as never);
    expect(again.error?.code).toBe('DUPLICATE_CLIENT_ORDER_ID');
  });

  it('the hold of a limit buy includes the largest possible fee', () => {
    const v = venue({ a: { USD: '5010.00' } }, { a: [10, 20] });
    // 5,000 notional + 20 bps = 5,010.00 exactly fits; one cent less does not.
    expect(v.place('a', { price: '50000.00', quantity: '0.1000' }).ok).toBe(true);
    const w = venue({ a: { USD: '5009.99' } }, { a: [10, 20] });
    expect(w.place('a', { price: '50000.00', quantity: '0.1000' }).error?.code).toBe('INSUFFICIENT_FUNDS');
  });

  it('MARKET_HALTED until the market resumes', () => {
    const v = venue({ a: rich });
    expect(v.run({ type: 'setMarketStatus', market: 'BTC-USD', status: 'halted' }).events).toEqual([
      { type: 'market', market: 'BTC-USD', status: 'halted' },
    ]);
    const r = v.place('a', { price: '50000.00', quantity: '0.1000' });
    expect(r.error?.code).toBe('MARKET_HALTED');
    expect(orderOf(r).status).toBe('rejected');
    expect(v.engine.market('BTC-USD')?.status).toBe('halted');
    v.run({ type: 'setMarketStatus', market: 'BTC-USD', status: 'open' });
    expect(v.place('a', { price: '50000.00', quantity: '0.1000' }).ok).toBe(true);
  });
});

describe('clientOrderId idempotency', () => {
  const order = { price: '50000.00', quantity: '0.1000', clientOrderId: 'abc' };

  it('an identical resend returns the original order, replayed, with no events', () => {
    const v = venue({ a: rich });
    const first = orderOf(v.place('a', order));
    const again = v.place('a', { ...order, price: '50000.0' });
    expect(again).toMatchObject({ ok: true, replayed: true, events: [] });
    expect(orderOf(again).orderId).toBe(first.orderId);
    expect(balance(v, 'a', 'USD').locked).toBe('5000.000000');
  });

  it('a replay of a rejected order answers the original rejection', () => {
    const v = venue({ a: { USD: '1' } });
    v.place('a', order);
    const again = v.place('a', order);
    expect(again).toMatchObject({ ok: false, replayed: true, error: { code: 'INSUFFICIENT_FUNDS' } });
  });

  it('different parameters -> DUPLICATE_CLIENT_ORDER_ID, even after the order closed', () => {
    const v = venue({ a: rich });
    const first = orderOf(v.place('a', order));
    v.run({ type: 'cancelOrder', accountId: 'a', orderId: first.orderId });
    expect(v.place('a', { ...order, quantity: '0.2000' }).error?.code).toBe('DUPLICATE_CLIENT_ORDER_ID');
    expect(v.place('a', { ...order, side: 'sell' }).error?.code).toBe('DUPLICATE_CLIENT_ORDER_ID');
  });

  it('is per account', () => {
    const v = venue({ a: rich, b: rich });
    v.place('a', order);
    expect(v.place('b', order).ok).toBe(true);
  });

  it('may be reused after 24 h; lookups then find the newest order', () => {
    const v = venue({ a: rich });
    const first = orderOf(v.place('a', order));
    const later = first.createdAt + CLIENT_ORDER_ID_TTL_US;
    const r = v.run({
      type: 'placeOrder',
      ts: later - 1,
      accountId: 'a',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      ...order,
      quantity: '0.3000',
    });
    expect(r.error?.code).toBe('DUPLICATE_CLIENT_ORDER_ID');
    const second = v.run({
      type: 'placeOrder',
      ts: later,
      accountId: 'a',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      ...order,
      quantity: '0.3000',
    });
    expect(second.ok).toBe(true);
    expect(v.engine.getOrderByClientOrderId('a', 'abc')?.orderId).toBe(orderOf(second).orderId);
  });
});

describe('setup commands', () => {
  it('deposits: unknown account or asset, off-grid, zero and supply overflow are refused', () => {
    const v = venue({ a: {} });
    const dep = (accountId: string, asset: string, amount: string) =>
      v.run({ type: 'deposit', accountId, asset, amount }).error?.code;
    expect(dep('ghost', 'USD', '1')).toBe('ACCOUNT_NOT_FOUND');
    expect(dep('a', 'DOGE', '1')).toBe('ASSET_NOT_FOUND');
    expect(dep('a', 'USD', '1.0000001')).toBe('VALIDATION_FAILED');
    expect(dep('a', 'USD', '0')).toBe('VALUE_OUT_OF_RANGE');
    expect(dep('a', 'USD', '9000000000')).toBeUndefined();
    expect(dep('a', 'USD', '9000000000')).toBe('VALUE_OUT_OF_RANGE');
  });

  it('refuses a market whose tick × lot is not a whole quote unit', () => {
    const v = venue({});
    const r = v.run({
      type: 'addMarket',
      market: 'BTC-USDT',
      baseAsset: 'BTC',
      quoteAsset: 'USD',
      tickSize: '0.01',
      lotSize: '0.00000001',
      minQuantity: '0',
      minNotional: '0',
    });
    expect(r.error?.code).toBe('VALIDATION_FAILED');
  });

  it('refuses duplicate accounts, the reserved fee account and bad fee rates', () => {
    const v = venue({ a: {} });
    expect(v.run({ type: 'createAccount', accountId: 'a' }).error?.code).toBe('VALIDATION_FAILED');
    expect(v.run({ type: 'createAccount', accountId: 'fees' }).error?.code).toBe('VALIDATION_FAILED');
    expect(v.run({ type: 'createAccount', accountId: 'b', makerFeeBps: -1 }).error?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(v.run({ type: 'createAccount', accountId: 'b', takerFeeBps: 1.5 }).error?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(v.run({ type: 'createAccount', accountId: 'b' }).events).toEqual([
      { type: 'accountCreated', accountId: 'b', makerFeeBps: 10, takerFeeBps: 20 },
    ]);
  });
});
