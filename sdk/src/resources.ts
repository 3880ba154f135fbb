/**
 * The read-side resources: market data, balances, positions, executions, account and time. Each
 * method is one generated operation; single calls return the resource, lists a `PagedList`.
 */
import type { Resources } from '../../generated/openapi/sdk.ts';
import type { components, operations } from '../../generated/openapi/types.ts';
import type { Caller, RequestOptions } from './call.ts';
import { PagedList, withCursor } from './pagination.ts';

type Schemas = components['schemas'];
export type Market = Schemas['Market'];
export type OrderBook = Schemas['OrderBook'];
export type Trade = Schemas['Trade'];
export type Ticker = Schemas['Ticker'];
export type Balance = Schemas['Balance'];
export type Position = Schemas['Position'];
export type Execution = Schemas['Execution'];
export type Account = Schemas['Account'];
export type ServerTime = Schemas['ServerTime'];

/** The query of an operation without the cursor, which the iterator manages. */
type ListQuery<Op extends keyof operations> = Omit<
  NonNullable<operations[Op]['parameters']['query']>,
  'cursor'
>;

const PUBLIC = { retry: true, signed: false } as const;
const PRIVATE_READ = { retry: true, signed: true } as const;

export class MarketsResource {
  constructor(
    private readonly raw: Resources['marketData'],
    private readonly caller: Caller,
  ) {}

  list(options?: RequestOptions): PagedList<Market> {
    return new PagedList(() => this.caller.call((init) => this.raw.listMarkets(init), PUBLIC, options));
  }

  get(market: string, options?: RequestOptions): Promise<Market> {
    return this.caller.call(
      (init) => this.raw.getMarket({ params: { path: { market } }, ...init }),
      PUBLIC,
      options,
    );
  }

  /** The level-2 book with its `seq` and `checksum`, as the WebSocket sends it. */
  book(market: string, query: { depth?: number } = {}, options?: RequestOptions): Promise<OrderBook> {
    return this.caller.call(
      (init) => this.raw.getOrderBook({ params: { path: { market }, query }, ...init }),
      PUBLIC,
      options,
    );
  }

  trades(market: string, query: ListQuery<'listTrades'> = {}, options?: RequestOptions): PagedList<Trade> {
    return new PagedList((cursor) =>
      this.caller.call(
        (init) =>
          this.raw.listTrades({
            params: { path: { market }, query: withCursor(query, cursor) },
            ...init,
          }),
        PUBLIC,
        options,
      ),
    );
  }

  ticker(market: string, options?: RequestOptions): Promise<Ticker> {
    return this.caller.call(
      (init) => this.raw.getTicker({ params: { path: { market } }, ...init }),
      PUBLIC,
      options,
    );
  }

  tickers(options?: RequestOptions): PagedList<Ticker> {
    return new PagedList(() => this.caller.call((init) => this.raw.listTickers(init), PUBLIC, options));
  }
}

export class BalancesResource {
  constructor(
    private readonly raw: Resources['account'],
    private readonly caller: Caller,
  ) {}

  list(options?: RequestOptions): PagedList<Balance> {
    return new PagedList(() =>
      this.caller.call((init) => this.raw.listBalances(init), PRIVATE_READ, options),
    );
  }
}

export class PositionsResource {
  constructor(
    private readonly raw: Resources['account'],
    private readonly caller: Caller,
  ) {}

  list(options?: RequestOptions): PagedList<Position> {
    return new PagedList(() =>
      this.caller.call((init) => this.raw.listPositions(init), PRIVATE_READ, options),
    );
  }
}

export class ExecutionsResource {
  constructor(
    private readonly raw: Resources['account'],
    private readonly caller: Caller,
  ) {}

  /** Fills, newest first, across every page. */
  list(query: ListQuery<'listExecutions'> = {}, options?: RequestOptions): PagedList<Execution> {
    return new PagedList((cursor) =>
      this.caller.call(
        (init) =>
          this.raw.listExecutions({
            params: { query: withCursor(query, cursor) },
            ...init,
          }),
        PRIVATE_READ,
        options,
      ),
    );
  }
}

export class AccountResource {
  constructor(
    private readonly raw: Resources['account'],
    private readonly caller: Caller,
  ) {}

  /** Fees, the key's scopes and the rate-limit policies in effect. */
  get(options?: RequestOptions): Promise<Account> {
    return this.caller.call((init) => this.raw.getAccount(init), PRIVATE_READ, options);
  }
}

export class TimeResource {
  constructor(
    private readonly raw: Resources['system'],
    private readonly caller: Caller,
  ) {}

  get(options?: RequestOptions): Promise<ServerTime> {
    return this.caller.call((init) => this.raw.getServerTime(init), PUBLIC, options);
  }
}
