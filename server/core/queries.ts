// Views of execution and trade records with exact decimal strings (used by the history queries
// and by gateways formatting events).

import type { MarketRec } from './market.ts';
import type { Execution, Trade } from './types.ts';
import type { ExecutionView, TradeView } from './views.ts';

export function executionView(m: MarketRec, e: Execution): ExecutionView {
  return {
    executionId: e.executionId,
    orderId: e.orderId,
    clientOrderId: e.clientOrderId,
    market: e.market,
    side: e.side,
    price: m.formatPrice(e.price),
    quantity: m.formatQuantity(e.quantity),
    quoteQuantity: m.formatQuote(e.quoteQuantity),
    fee: m.formatQuote(e.fee),
    feeAsset: e.feeAsset,
    liquidity: e.liquidity,
    tradeId: e.tradeId,
    executedAt: e.executedAt,
  };
}

export function tradeView(m: MarketRec, t: Trade): TradeView {
  return {
    tradeId: t.tradeId,
    market: t.market,
    price: m.formatPrice(t.price),
    quantity: m.formatQuantity(t.quantity),
    takerSide: t.takerSide,
    executedAt: t.executedAt,
  };
}
