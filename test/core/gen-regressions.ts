// Minimal command sequences found by the property tests (or written to pin down a finding in
// test/core/FINDINGS.md). Each runs through the same harness as the properties, so a
// disagreement between the core and the reference engine fails with the same diff.

import type { Command } from '../../server/core/index.ts';
import { T0, type World } from './gen-commands.ts';

export interface Regression {
  name: string;
  world: World;
  commands: Command[];
}

const world: World = {
  markets: 2,
  accounts: [
    { id: 'acct1', maker: 10, taker: 20 },
    { id: 'acct2', maker: 10, taker: 20 },
    { id: 'acct3', maker: 0, taker: 0 },
  ],
  deposits: [],
};

const ts = T0;
const deposit = (accountId: string, asset: string, amount: string): Command => ({
  type: 'deposit',
  ts,
  accountId,
  asset,
  amount,
});
const sell = (accountId: string, price: string, quantity: string): Command => ({
  type: 'placeOrder',
  ts,
  accountId,
  market: 'BTC-USD',
  side: 'sell',
  orderType: 'limit',
  price,
  quantity,
});

export const REGRESSIONS: Regression[] = [
  {
    // F1: the buyer can pay for one lot only; the second lot on offer is its own. Its funds ran
    // out before it reached that order, so no trade could happen and there is no self-trade to
    // prevent: the remainder expires (index.ts: "a market buy stops when its funds run out
    // (remainder expired)"), as a quoteQuantity buy in the same spot already does.
    name: 'market buy by quantity: funds run out before its own resting order',
    world,
    commands: [
      deposit('acct1', 'BTC', '1'),
      deposit('acct2', 'BTC', '1'),
      deposit('acct1', 'USD', '5.02'),
      sell('acct2', '50000.00', '0.0001'),
      sell('acct1', '50000.00', '0.0001'),
      {
        type: 'placeOrder',
        ts,
        accountId: 'acct1',
        market: 'BTC-USD',
        side: 'buy',
        orderType: 'market',
        quantity: '0.0002',
      },
    ],
  },
  {
    // A failed command still reports the book and balance changes of the GTD expiry it ran first.
    name: 'failed command after a GTD expiry',
    world,
    commands: [
      deposit('acct1', 'USD', '1000'),
      {
        type: 'placeOrder',
        ts,
        accountId: 'acct1',
        market: 'BTC-USD',
        side: 'buy',
        orderType: 'limit',
        price: '50000.00',
        quantity: '0.0001',
        timeInForce: 'GTD',
        expireAt: ts + 10,
      },
      { type: 'cancelOrder', ts: ts + 20, accountId: 'acct1', orderId: '999' },
    ],
  },
  {
    name: 'quoteQuantity buy that empties the book with less than one lot of budget left',
    world,
    commands: [
      deposit('acct1', 'BTC', '1'),
      deposit('acct2', 'USD', '100'),
      sell('acct1', '50000.00', '0.0001'),
      {
        type: 'placeOrder',
        ts,
        accountId: 'acct2',
        market: 'BTC-USD',
        side: 'buy',
        orderType: 'market',
        quoteQuantity: '5.01',
      },
    ],
  },
];
