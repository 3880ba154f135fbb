// A seeded command stream for the snapshot tests: every kind of order record a snapshot holds
// (open, filled, canceled, expired, rejected; GTD, IOC, market by quoteQuantity, post-only, amends,
// cancel-all) and clientOrderIds reused after their 24 h (which replaces the account's entry).

import { CLIENT_ORDER_ID_TTL_US, type Command, demoSetupCommands } from '../../server/core/index.ts';
import { prng } from '../../server/prng.ts';

export const T0 = 1_767_225_600_000_000;
const ACCOUNTS = 12;
const MID = 5_000_000;

/**
 * Setup (markets, funded accounts) then `n` commands; the same seed always gives the same list.
 * Without `days`, no day passes (nothing expires) and the stream is otherwise the same.
 */
export function snapshotStream(seed: number, n: number, days = true): Command[] {
  const rnd = prng(seed);
  const pick = (k: number) => Math.floor(rnd() * k);
  const cmds: Command[] = [...demoSetupCommands(T0)];
  for (let i = 0; i < ACCOUNTS; i++) {
    const accountId = `a${i}`;
    cmds.push({ type: 'createAccount', ts: T0, accountId, makerFeeBps: 5 + i, takerFeeBps: 20 });
    // Some accounts are poor: their larger orders are rejected with INSUFFICIENT_FUNDS.
    cmds.push({ type: 'deposit', ts: T0, accountId, asset: 'USD', amount: i % 4 === 0 ? '300' : '10000000' });
    cmds.push({ type: 'deposit', ts: T0, accountId, asset: 'BTC', amount: '1000' });
  }
  let ts = T0 + 1;
  let orders = 0;
  for (let i = 0; i < n; i++) {
    // Now and then a day passes: clientOrderIds from before can be used again.
    const day = rnd() < 0.004 && days;
    ts += day ? CLIENT_ORDER_ID_TTL_US + 1 : 1 + pick(2_000_000);
    const accountId = `a${pick(ACCOUNTS)}`;
    const side = rnd() < 0.5 ? 'buy' : 'sell';
    const u = rnd();
    // A small pool of clientOrderIds per account: resends, duplicates and reuses all happen.
    const clientOrderId = rnd() < 0.8 ? `c${pick(60)}` : undefined;
    if (u < 0.5) {
      const through = rnd() < 0.3;
      const off = pick(through ? 20 : 200);
      const ticks = (side === 'buy') === through ? MID + 1 + off : MID - 1 - off;
      const gtd = rnd() < 0.1;
      cmds.push({
        type: 'placeOrder',
        ts,
        accountId,
        market: 'BTC-USD',
        side,
        orderType: 'limit',
        price: (ticks / 100).toFixed(2),
        quantity: ((1 + pick(300)) / 10_000).toFixed(4),
        ...(gtd ? { timeInForce: 'GTD' as const, expireAt: ts + 1 + pick(20_000_000) } : {}),
        ...(rnd() < 0.05 ? { timeInForce: 'IOC' as const } : {}),
        ...(rnd() < 0.05 ? { postOnly: true } : {}),
        ...(clientOrderId === undefined ? {} : { clientOrderId }),
      });
      orders++;
    } else if (u < 0.6) {
      cmds.push({
        type: 'placeOrder',
        ts,
        accountId,
        market: 'BTC-USD',
        side,
        orderType: 'market',
        ...(side === 'buy' && rnd() < 0.5
          ? { quoteQuantity: (10 + pick(500)).toFixed(2) }
          : { quantity: ((1 + pick(100)) / 10_000).toFixed(4) }),
        ...(clientOrderId === undefined ? {} : { clientOrderId }),
      });
      orders++;
    } else if (u < 0.85 && orders > 0) {
      cmds.push({ type: 'cancelOrder', ts, accountId, orderId: String(1 + pick(orders)) });
    } else if (u < 0.95 && orders > 0) {
      cmds.push({
        type: 'amendOrder',
        ts,
        accountId,
        orderId: String(Math.max(1, orders - pick(50))),
        quantity: ((1 + pick(200)) / 10_000).toFixed(4),
      });
    } else if (u < 0.97) {
      cmds.push({ type: 'cancelAll', ts, accountId });
    } else {
      cmds.push({ type: 'expireOrders', ts });
    }
  }
  return cmds;
}
