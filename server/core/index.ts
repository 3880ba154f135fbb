/**
 * OpenVenue trading core: the public API. Pure, synchronous, deterministic: commands in, events
 * out, no I/O, no clock (every command carries `ts`, integer µs). Applying the same commands to a
 * fresh `new Engine()` (or to `Engine.restore(snapshot)`) always yields the same events and state.
 * The fee account `fees` exists from the start (no assets until addAsset).
 *
 * UNITS (all integers, safe; no floating point touches money)
 * - Asset amounts (balances, fees, notionals, PnL): scaled by 10^asset.decimals (USD 6, BTC 8, ETH 8).
 * - Quantities: base asset units (the same scale as base balances).
 * - Prices: "price units" = price × 10^market.priceDecimals, where priceDecimals = tickSize's decimals.
 * - Notional of q at p = p × q exactly in quote units; addMarket rejects (VALIDATION_FAILED) a market
 *   whose tickSize × lotSize is not a whole number of quote units, so every notional is exact.
 * - API decimal strings are parsed inside `apply` with the market's grid (parseScaled); trailing
 *   zeros are fine ("1.50" = "1.5"); nothing is ever rounded. Turn integers back into exact strings
 *   with `engine.orderView(...)` etc. or formatScaled.
 *
 * EVENT ORDER within one command's `events` (the reference engine must match it exactly)
 * 1. Expiry: every command with a valid ts (failing ones too) first expires all open GTD orders
 *    with expireAt <= ts, ascending (expireAt, seq): one `order` event each (status expired,
 *    updatedAt = expireAt, so the state does not depend on which command noticed it).
 * 2. The command's own effects, in causal order:
 *    - placeOrder / amendOrder that matches, per fill in match order: `trade`, `execution` (maker),
 *      `execution` (taker), `order` (the maker's state after the fill). A maker canceled by
 *      self-trade prevention: `order` (canceled, reason selfTradePrevention) when it is met.
 *      Then one `order` event with the taker's / amended order's final state (also when rejected
 *      or when a FOK expires unfilled).
 *    - cancelOrder: one `order`. cancelAll: one `order` per canceled order, ascending seq.
 *    - addAsset `assetAdded`; addMarket and a real status change `market`; createAccount
 *      `accountCreated`; deposit only its `balance`.
 * 3. `book`: one per market whose aggregated levels changed during the command, in market creation
 *    order; it lists each level whose total quantity differs from before the command (0 = gone),
 *    bids best first, asks best first; the market's book seq is incremented once per `book`.
 * 4. `balance`: one per (accountId, asset) whose (total, available, locked) differs from before the
 *    command, sorted by accountId then asset (JS string order), with the new absolute values.
 * A failed command (ok false) emits only the expiry events of step 1 (with the `book` and
 * `balance` events they cause), plus the `order` event of a recorded rejection. A command that is not an object with a safe integer ts >= 0 fails with
 * VALIDATION_FAILED before step 1.
 *
 * ORDER ENTRY (placeOrder), checks in this order; the first failure wins.
 *   Static (nothing recorded, clientOrderId not consumed):
 *   1 ACCOUNT_NOT_FOUND. 2 MARKET_NOT_FOUND. 3 VALIDATION_FAILED for the shape, in this order: side;
 *   orderType; clientOrderId `^[A-Za-z0-9_-]{1,36}$`; timeInForce; selfTradePrevention; postOnly
 *   boolean; limit needs price and quantity and no quoteQuantity; market: no price, exactly one of
 *   quantity / quoteQuantity, quoteQuantity only for buys, TIF only IOC; GTD needs a safe integer
 *   expireAt, other TIFs forbid it; postOnly only for limit GTC/GTD. 4 EXPIRE_AT_IN_PAST
 *   (expireAt <= ts). 5 price: not a decimal string -> VALIDATION_FAILED; a non-zero digit beyond
 *   priceDecimals -> PRICE_NOT_ON_TICK; above MAX_SAFE_INTEGER (or over 64 chars) ->
 *   VALUE_OUT_OF_RANGE; not a multiple of tickSize -> PRICE_NOT_ON_TICK; zero -> VALUE_OUT_OF_RANGE.
 *   6 quantity: same steps with QUANTITY_NOT_ON_LOT (base decimals, then lotSize), then zero or
 *   below minQuantity -> QUANTITY_BELOW_MINIMUM. 7 quoteQuantity: syntax or more decimals than the
 *   quote asset -> VALIDATION_FAILED; too large, zero, or + ceil(taker fee) above MAX_SAFE_INTEGER
 *   -> VALUE_OUT_OF_RANGE; below minNotional -> NOTIONAL_BELOW_MINIMUM. 8 limit notional: above
 *   MAX_SAFE_INTEGER, or for a buy notional + ceil(fee at max(maker, taker)) above it ->
 *   VALUE_OUT_OF_RANGE; below minNotional -> NOTIONAL_BELOW_MINIMUM. (Market orders by quantity
 *   have no price, so no minimum notional.)
 *   9 clientOrderId (per account, for 24 h from the original order's createdAt): parameters
 *   (market, side, type, TIF, price and quantity as placed, quoteQuantity, expireAt, postOnly, STP;
 *   compared after parsing and defaults) identical -> the original order with replayed: true and
 *   the original outcome (ok false with its code if it was rejected), no events; different ->
 *   DUPLICATE_CLIENT_ORDER_ID. From 24 h on the id may be reused; lookups return the newest order.
 *   A closed order's clientOrderId is forgotten 24 h after its createdAt (judged at the latest
 *   command ts): lookups by it then find nothing, cancel/amend by it answer ORDER_NOT_FOUND, and
 *   snapshots leave it out. An open order keeps its clientOrderId however old.
 *   State (the order IS recorded as `rejected` with rejectReason, clientOrderId consumed):
 *   10 MARKET_HALTED. 11 INSUFFICIENT_FUNDS (available < the hold below). 12 POST_ONLY_WOULD_TAKE
 *   (its price reaches the best opposite price, own orders included).
 * Order ids, execution ids and trade ids are decimal strings of per-engine counters starting at 1
 * (static rejections and replays consume none).
 *
 * MATCHING: price-time priority per market; fills at the maker's price. Limit GTC/GTD rest their
 * remainder; IOC expires it; FOK first checks that its whole quantity can fill (crossing quantity
 * of other accounts; under cancelTaker/cancelBoth counting stops at the first own order met) and
 * otherwise expires with no fill. Market orders are IOC; a market buy by quantity stops when its
 * funds run out (remainder expired); funds are checked before self-trade prevention, so a buyer
 * that cannot pay for one more lot stops (expired) without canceling anything. A quoteQuantity buy ends `filled` when it has fills and its
 * remaining budget cannot buy one more lot at the next maker's price, or (book exhausted) at its
 * last fill's price; otherwise `expired`. Self-trade prevention (the taker's mode, same accountId):
 * cancelTaker cancels the taker's remainder and leaves the maker; cancelMaker cancels the maker and
 * continues; cancelBoth cancels both. Orders canceled or expired after fills keep status canceled /
 * expired with filledQuantity > 0. A halted market accepts cancels only (place -> MARKET_HALTED
 * recorded, amend -> MARKET_HALTED); expiry continues.
 *
 * AMEND, checks in order: ACCOUNT_NOT_FOUND; VALIDATION_FAILED unless exactly one of orderId /
 * clientOrderId; ORDER_NOT_FOUND (unknown or another account's); ORDER_ALREADY_CLOSED;
 * VALIDATION_FAILED if neither price nor quantity; MARKET_HALTED; price and quantity as in
 * placeOrder steps 5-6 (quantity is the new TOTAL); notional as step 8; VALIDATION_FAILED unless
 * quantity > filledQuantity. No change -> ok, no events. POST_ONLY_WOULD_TAKE if a post-only order's
 * new price would cross, then (unlike placeOrder, deliberately: the post-only check needs no new
 * hold) INSUFFICIENT_FUNDS if the new hold exceeds available + current hold (the
 * order is left unchanged in every failure). A pure quantity decrease keeps queue priority; a price
 * change or quantity increase moves it to the back of its (new) level; a new price that crosses
 * matches at once as a taker, then rests any remainder.
 * CANCEL: ACCOUNT_NOT_FOUND; VALIDATION_FAILED (reason not a CancelReason; not exactly one id);
 * ORDER_NOT_FOUND; ORDER_ALREADY_CLOSED. cancelAll: ACCOUNT_NOT_FOUND; VALIDATION_FAILED (reason);
 * MARKET_NOT_FOUND (market given but unknown).
 *
 * LEDGER: per account and asset total = available + locked; nothing ever goes negative; each
 * asset's total supply (sum of deposits) must stay <= MAX_SAFE_INTEGER (deposit: unknown account
 * ACCOUNT_NOT_FOUND, unknown asset ASSET_NOT_FOUND, syntax or too many decimals VALIDATION_FAILED,
 * zero or supply overflow VALUE_OUT_OF_RANGE), so no balance can overflow.
 * Fees in basis points of the fill notional, charged in the quote asset to account `fees`: the
 * buyer pays notional + fee, the seller receives notional − fee. Rounding: each order accrues its
 * exact fee (at the rate of each fill's liquidity); each execution's fee is the increase of
 * ceil(exact accrued fee of the order), so the payer never pays less than the exact fee and an
 * order's fees sum to its exact fee rounded up once (an execution may show fee 0).
 * Holds (locked), per open order:
 *   sell: remaining quantity (base).
 *   limit buy: N(L, rem) + ceil(E + N(L, rem) × maxBps / 10000) − C   (quote), where L = limit
 *     price, rem = remaining quantity, N = notional, E = exact fee accrued so far (fractional),
 *     C = fees charged so far, maxBps = max(maker, taker) of the account. After each fill the
 *     difference between the old hold and (charged + new hold) is released, so fills at better
 *     prices free their savings at once.
 *   market buy by quoteQuantity: quoteQuantity + ceil(quoteQuantity × takerBps / 10000) for the
 *     duration of the command; market buy by quantity: all available quote (rejected
 *     INSUFFICIENT_FUNDS only if that is 0), each fill taking the most lots whose notional + fee
 *     still fit; whatever is left is released when the command ends.
 *   Market sells need available base >= quantity.
 *
 * POSITIONS (spot, per account and market) from that account's executions: net base quantity;
 * weighted-average cost basis of the open quantity; a reduction realizes (price − average) ×
 * reduced quantity (sign-adjusted for short), with the removed cost truncated toward zero so that
 * the rounding stays in the basis and nothing is lost when the position returns to zero; a fill
 * that flips the sign closes then opens at the fill price. Fees are not in PnL (they are on each
 * execution). Unrealized at the mid of the best bid and ask. Derived prices (average entry, mark,
 * an order's averagePrice) are truncated to max(quote decimals, priceDecimals + 1) decimals.
 *
 * STRUCTURE AND EVENT LIFETIMES (for speed; no rule above depends on it)
 * - MatchingEngine (matching-engine.ts) is the hot path: matching, ledger, holds, idempotency,
 *   positions, book, ticker. It keeps live order records only (open orders; the closed orders a
 *   clientOrderId names, which idempotency and lookups need, as typed-array rows for 24 h:
 *   client-ids.ts) plus owner and final status of every order (5 bytes each) so cancels and amends
 *   answer ORDER_NOT_FOUND / ORDER_ALREADY_CLOSED. A closed order's record is reused for a later
 *   order from the next command on (unless a clientOrderId names it or it is GTD): records
 *   returned by queries are valid until the next command.
 * - `MatchingEngine.applyTo(cmd, sink)` delivers each event to `sink.event(e)` as a REUSED object:
 *   `e` and everything it references are valid only during that call (the next event of the same
 *   type overwrites them). A sink that keeps anything copies it (`copyEvent`). The returned
 *   CommandOutcome is reused too (valid until the next command; its order may be the very snapshot
 *   object the command's last order event carried); a cancelAll's canceled orders are its order
 *   events.
 * - OrderHistory (history.ts) is a projection fed from those events: every order's latest state,
 *   executions, public trades, per-account indexes, in typed-array rows (no object per order for
 *   the GC to trace). It answers getOrder, getOrderByClientOrderId, listOrders, listExecutions and
 *   trades.
 * - Engine (engine.ts) is the two together, fed in the same synchronous call, behind `apply` and the
 *   query API. `apply` answers an OWNED CommandResult (fresh copies of every event): the venue holds
 *   results until they are durable and publishes them later, so they must not be reused.
 * - Snapshots (version 2) hold both parts; version 1 snapshots (one engine) still restore.
 *
 * QUERIES never scan all orders: per-account indexes, newest first, cursors are sequence numbers
 * (stable under inserts; a malformed cursor starts at the newest). getOrder answers undefined for
 * another account's order. Public trades: the last 10,000 to 20,000 per market are kept. Ticker:
 * 24 h window at one-minute granularity ending at the last command's ts.
 */

export { bookChecksum, crc32 } from './checksum.ts';
export {
  CLIENT_ORDER_ID_TTL_US,
  DEFAULT_MAKER_FEE_BPS,
  DEFAULT_PAGE_LIMIT,
  DEFAULT_TAKER_FEE_BPS,
  FEE_ACCOUNT_ID,
  MAX_PAGE_LIMIT,
} from './constants.ts';
export {
  formatScaled,
  formatScaledAs,
  PARSE_PRECISION,
  PARSE_RANGE,
  PARSE_SYNTAX,
  parseScaled,
} from './decimal.ts';
export { demoSetupCommands } from './demo.ts';
export { Engine, SNAPSHOT_VERSION } from './engine.ts';
export { CORE_ERROR_CODES, CORE_ERROR_STATUS, type CoreErrorCode, STATE_REJECTIONS } from './errors.ts';
export { OrderHistory } from './history.ts';
export { MatchingEngine } from './matching-engine.ts';
export { type CommandOutcome, copyEvent, type EventSink } from './sink.ts';
export { formatTimestamp, parseTimestamp } from './time.ts';
export type * from './types.ts';
export type * from './views.ts';
