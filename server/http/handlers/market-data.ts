/** Public market data and the clock: reads of the live engine, no signature. */
import type { Handlers } from '../../../generated/openapi/router.ts';
import { defined } from '../../api/defined.ts';
import { bookBody, marketBody, tickerBody, tradeBody } from '../../api/views.ts';
import { formatTimestamp } from '../../core/index.ts';
import { problem } from '../problems.ts';
import type { Principal } from '../security.ts';
import { checkCursor, type HandlerDeps } from './context.ts';

type MarketDataHandlers = Pick<
  Handlers<Principal>,
  'getServerTime' | 'listMarkets' | 'getMarket' | 'getOrderBook' | 'listTrades' | 'getTicker' | 'listTickers'
>;

const DEFAULT_DEPTH = 100;

const marketNotFound = (market: string) =>
  problem(404, 'MARKET_NOT_FOUND', `No market has the symbol "${market}".`);

export function marketDataHandlers({ venue }: HandlerDeps): MarketDataHandlers {
  const engine = () => venue.engine;
  return {
    getServerTime() {
      const micros = venue.now();
      return {
        status: 200,
        body: { serverTime: Math.floor(micros / 1000), timestamp: formatTimestamp(micros) },
      };
    },

    listMarkets() {
      return { status: 200, body: { data: engine().markets().map(marketBody) } };
    },

    getMarket(input) {
      const m = engine().market(input.path.market);
      return m ? { status: 200, body: marketBody(m) } : marketNotFound(input.path.market);
    },

    getOrderBook(input) {
      const book = bookBody(engine(), input.path.market, input.query.depth ?? DEFAULT_DEPTH);
      return book ? { status: 200, body: book } : marketNotFound(input.path.market);
    },

    listTrades(input) {
      const { cursor, limit } = input.query;
      const bad = checkCursor(cursor);
      if (bad) return bad;
      const page = engine().trades(input.path.market, defined({ cursor, limit }));
      if (!page) return marketNotFound(input.path.market);
      return { status: 200, body: { data: page.data.map(tradeBody), nextCursor: page.nextCursor } };
    },

    getTicker(input) {
      const t = engine().ticker(input.path.market);
      return t ? { status: 200, body: tickerBody(t) } : marketNotFound(input.path.market);
    },

    listTickers() {
      return { status: 200, body: { data: engine().tickers().map(tickerBody) } };
    },
  };
}
