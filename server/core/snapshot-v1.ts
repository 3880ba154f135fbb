// Restores a version 1 engine snapshot (before the order history moved out of the matching
// engine): venues started before the split keep their data directories. The v1 body held every
// order as a row, every execution per account and the kept trades per market; they are split
// into the matching engine's state and replayed into the history projection as events.

import { OrderHistory } from './history.ts';
import type { MarketRec } from './market.ts';
import { MatchingEngine } from './matching-engine.ts';
import type { AccountState, CoreSnapshot, MarketState, OrderRow } from './snapshot.ts';
import type { Execution, OrderSnapshot, Trade } from './types.ts';

interface V1Body extends Omit<CoreSnapshot, 'markets' | 'accounts' | 'orderIndex'> {
  version: 1;
  markets: (MarketState & { trades: Trade[] })[];
  accounts: (AccountState & { executions: Execution[] })[];
}

const STATUSES = ['new', 'partiallyFilled', 'filled', 'canceled', 'rejected', 'expired'];

function snapshotOf(r: OrderRow, m: MarketRec, accountId: string): OrderSnapshot {
  const orderType = r[5] as OrderSnapshot['orderType'];
  return {
    orderId: String(r[0]),
    seq: r[0],
    clientOrderId: r[1],
    accountId,
    market: m.symbol,
    side: r[4] ? 'buy' : 'sell',
    orderType,
    timeInForce: r[6] as OrderSnapshot['timeInForce'],
    price: orderType === 'limit' ? r[7] * m.tickUnits : null,
    quantity: r[8] >= 0 ? r[8] * m.lotUnits : null,
    quoteQuantity: r[9] >= 0 ? r[9] : null,
    filledQuantity: r[15] * m.lotUnits,
    filledQuoteQuantity: r[16],
    fee: r[17],
    status: r[21] as OrderSnapshot['status'],
    postOnly: r[10],
    selfTradePrevention: r[11] as OrderSnapshot['selfTradePrevention'],
    expireAt: r[12] >= 0 ? r[12] : null,
    cancelReason: r[22] as OrderSnapshot['cancelReason'],
    rejectReason: r[23] as OrderSnapshot['rejectReason'],
    createdAt: r[13],
    updatedAt: r[14],
  };
}

export function restoreV1(body: V1Body): { core: MatchingEngine; history: OrderHistory } {
  const accountIndex = new Map(body.accounts.map((a, i) => [a.accountId, i]));
  const named = new Set(body.accounts.flatMap((a) => a.clientIds.map(([, seq]) => seq)));
  const orderIndex: number[] = [];
  const live: OrderRow[] = [];
  for (const r of body.orders) {
    const status = STATUSES.indexOf(r[21]);
    orderIndex.push(accountIndex.get(r[2]) as number, status);
    if (status <= 1 || named.has(r[0])) live.push(r);
  }
  const core = MatchingEngine.restore({
    ...body,
    markets: body.markets.map(({ trades: _, ...m }) => m),
    accounts: body.accounts.map(({ executions: _, ...a }) => a),
    orders: live,
    orderIndex,
  });
  const history = new OrderHistory();
  const markets = core.marketList();
  for (const m of markets) history.ingest({ type: 'market', market: m.symbol, status: m.status });
  for (const a of body.accounts) {
    if (a.accountId === 'fees') continue;
    const { accountId, makerFeeBps, takerFeeBps } = a;
    history.ingest({ type: 'accountCreated', accountId, makerFeeBps, takerFeeBps });
  }
  for (const r of body.orders) {
    history.ingest({ type: 'order', order: snapshotOf(r, markets[r[3]] as MarketRec, r[2]) });
  }
  const executions = body.accounts.flatMap((a) => a.executions).sort((x, y) => x.seq - y.seq);
  for (const execution of executions) history.ingest({ type: 'execution', execution });
  for (const m of body.markets) for (const trade of m.trades) history.ingest({ type: 'trade', trade });
  return { core, history };
}
