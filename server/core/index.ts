/**
 * OpenVenue trading core: the public API. Pure, synchronous, deterministic: commands in, events
 * out, no I/O, no clock (every command carries `ts`, integer µs). Applying the same commands to a
 * fresh `new Engine()` (or to `Engine.restore(snapshot)`) always yields the same events and state.
 *
 * UNITS (all integers, safe; no floating point touches money)
 * - Asset amounts (balances, fees, notionals, PnL): scaled by 10^asset.decimals (USD 6, BTC 8, ETH 8).
 * - Quantities: base asset units (the same scale as base balances).
 * - Prices: "price units" = price × 10^market.priceDecimals, where priceDecimals = tickSize's decimals.
 * - Notional of q at p = p × q exactly in quote units; addMarket rejects (VALIDATION_FAILED) a market
 *   whose tickSize × lotSize is not a whole number of quote units, so every notional is exact.
 * - API decimal strings are parsed inside `apply` with the market's grid (parseScaled). Off-grid:
 *   PRICE_NOT_ON_TICK / QUANTITY_NOT_ON_LOT, never rounded; trailing zeros are fine ("1.50" = "1.5").
 *   Too large for a safe integer (value, or price × quantity notional): VALUE_OUT_OF_RANGE.
 *   Use `engine.orderView(...)` etc. or formatScaled to turn integers back into exact strings.
 *
 * EVENT ORDER within one command's `events` (the reference engine must match it exactly)
 * 1. Expiry: every command first expires all open GTD orders with expireAt <= ts, ascending
 *    (expireAt, seq): one `order` event each (status expired, updatedAt = expireAt).
 * 2. The command's own effects, in causal order:
 *    - placeOrder / amendOrder that matches, per fill in match order: `trade`, `execution` (maker),
 *      `execution` (taker), `order` (the maker's state after the fill). A maker canceled by
 *      self-trade prevention: `order` (canceled, reason selfTradePrevention) when it is met.
 *      Then one `order` event with the taker's / amended order's final state (also when rejected).
 *    - cancelOrder: one `order`. cancelAll: one `order` per canceled order, ascending seq.
 *    - addAsset `assetAdded`; addMarket / setMarketStatus `market`; createAccount `accountCreated`.
 * 3. `book`: one per market whose aggregated levels changed during the command, in market creation
 *    order; it lists each level whose total quantity differs from before the command (0 = gone),
 *    bids best first, asks best first; the market's book seq is incremented once per `book`.
 * 4. `balance`: one per (accountId, asset) whose (total, available, locked) differs from before the
 *    command, sorted by accountId then asset (JS string order), with the new absolute values.
 * A failed command (ok false) emits only the expiry events of step 1, plus the `order` event of a
 * recorded rejection.
 *
 * ORDER ENTRY (placeOrder), checks in this order; the first failure wins:
 *   static (nothing recorded, clientOrderId not consumed):
 *   ACCOUNT_NOT_FOUND; MARKET_NOT_FOUND; VALIDATION_FAILED (shape: side, orderType, clientOrderId
 *   `^[A-Za-z0-9_-]{1,36}$`, limit needs price+quantity and no quoteQuantity; market needs exactly
 *   one of quantity/quoteQuantity and no price; quoteQuantity only for market buys; market TIF only
 *   IOC; GTD needs expireAt, other TIFs forbid it; postOnly only for limit GTC/GTD; decimal syntax;
 *   quoteQuantity with more than the quote asset's decimals); EXPIRE_AT_IN_PAST (expireAt <= ts);
 *   price: PRICE_NOT_ON_TICK, then VALUE_OUT_OF_RANGE (zero or too large);
 *   quantity: QUANTITY_NOT_ON_LOT, VALUE_OUT_OF_RANGE (too large), QUANTITY_BELOW_MINIMUM (< min, 0
 *   included); quoteQuantity: VALUE_OUT_OF_RANGE (zero/too large), NOTIONAL_BELOW_MINIMUM;
 *   limit notional: VALUE_OUT_OF_RANGE, NOTIONAL_BELOW_MINIMUM.
 *   clientOrderId (per account, 24 h from the original order's createdAt): identical parameters
 *   (compared after parsing and defaults) -> the original order with replayed: true and the
 *   original outcome (ok false with the original code if it was rejected), no events; different
 *   -> DUPLICATE_CLIENT_ORDER_ID. After 24 h the id may be reused; lookups return the newest.
 *   state (the order IS recorded as `rejected` with rejectReason, clientOrderId consumed):
 *   MARKET_HALTED; INSUFFICIENT_FUNDS (available < the hold below); POST_ONLY_WOULD_TAKE (its
 *   price crosses the best opposite price, own orders included).
 * Order ids, execution ids and trade ids are decimal strings of per-engine counters starting at 1.
 *
 * MATCHING: price-time priority per market; fills at the maker's price. Limit GTC/GTD rest their
 * remainder; IOC expires it; FOK first checks that its whole quantity can fill (crossing quantity
 * of other accounts; under cancelTaker/cancelBoth counting stops at the first own order met) and
 * otherwise expires with no fill. Market orders are IOC; a market buy by quantity stops when its funds
 * run out (remainder expired). A quoteQuantity buy ends `filled` when it has fills and its
 * remaining budget cannot buy one more lot at the next maker's price, or (book exhausted) at its
 * last fill's price; otherwise `expired`. Self-trade prevention (the taker's mode, same accountId): cancelTaker cancels
 * the taker's remainder and leaves the maker; cancelMaker cancels the maker and continues;
 * cancelBoth cancels both. Status of an order canceled or expired after fills stays canceled /
 * expired with filledQuantity > 0. A halted market accepts cancels only (place -> MARKET_HALTED
 * recorded, amend -> MARKET_HALTED); expiry continues.
 *
 * AMEND (open orders only; ORDER_NOT_FOUND / ORDER_ALREADY_CLOSED): new price and/or new total
 * quantity (must exceed filledQuantity, VALIDATION_FAILED otherwise). Same static checks as
 * placeOrder. A pure quantity decrease keeps queue priority; a price change or quantity increase
 * moves it to the back of its (new) level; a new price that crosses matches at once as a taker
 * (post-only: POST_ONLY_WOULD_TAKE and the order is left unchanged). Holds are recomputed; if the
 * new hold exceeds available + the current hold: INSUFFICIENT_FUNDS, order unchanged. An amend
 * that changes nothing succeeds with no events.
 *
 * LEDGER: per account and asset total = available + locked; nothing ever goes negative.
 * Fees in basis points of the fill notional, charged in the quote asset to account `fees` (which
 * always exists): the buyer pays notional + fee, the seller receives notional − fee. Rounding: the
 * exact fee accrues per order (and per liquidity, using that account's rate); each execution's fee
 * is the increase of ceil(exact cumulative fee of the order), so the payer never pays less than the
 * exact fee and an order's fees sum to its exact fee rounded up once (an execution may show 0).
 * Holds (locked), per open order:
 *   sell: remaining quantity (base).
 *   limit buy: N(L, rem) + ceil(E + N(L, rem) × maxBps / 10000) − C   (quote), where L = limit
 *     price, rem = remaining quantity, N = notional, E = exact fee accrued so far (fractional),
 *     C = fees charged so far, maxBps = max(maker, taker) of the account. After each fill the
 *     difference between the old hold and (charged + new hold) is released, so fills at better
 *     prices free their savings at once.
 *   market buy by quoteQuantity: quoteQuantity + ceil(quoteQuantity × takerBps / 10000) for the
 *     duration of the command; market buy by quantity: all available quote (rejected
 *     INSUFFICIENT_FUNDS only if that is 0); the rest is released when the command ends.
 *   Market sells need available base >= quantity.
 *
 * POSITIONS (spot, per account and market) from that account's executions: net base quantity;
 * weighted-average cost basis of the open quantity; a reduction realizes (price − average) ×
 * reduced quantity (sign-adjusted for short), with the removed cost truncated toward zero so that
 * the rounding stays in the basis and nothing is lost when the position returns to zero; a fill
 * that flips the sign closes then opens at the fill price. Fees are not in PnL (they are on each
 * execution). Unrealized at the mid of the best bid and ask.
 *
 * QUERIES never scan all orders: per-account indexes, newest first, cursors are sequence numbers
 * (stable under inserts). getOrder answers undefined for another account's order.
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
export { Engine } from './engine.ts';
export { CORE_ERROR_CODES, CORE_ERROR_STATUS, type CoreErrorCode, STATE_REJECTIONS } from './errors.ts';
export { formatTimestamp, parseTimestamp } from './time.ts';
export type * from './types.ts';
