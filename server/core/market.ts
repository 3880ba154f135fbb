// Market configuration: the grid (tick, lot), minimums, and the integer conversions between API
// units (price units, base units, quote units) and the matching units (ticks, lots).

import { decimalsOf, formatScaled, formatScaledAs, PARSE_SYNTAX, parseScaled } from './decimal.ts';
import { OrderBook } from './order-book.ts';
import { Ticker } from './ticker.ts';
import type { AddMarketCommand, MarketStatus } from './types.ts';
import type { MarketView } from './views.ts';

export interface AssetRec {
  readonly index: number;
  readonly symbol: string;
  readonly decimals: number;
  /** Sum of all deposits: bounds every balance, so no balance can leave the safe range. */
  supply: number;
}

export class MarketRec {
  status: MarketStatus;
  readonly book = new OrderBook();
  /** Per-market book sequence, +1 per BookEvent. */
  bookSeq = 0;
  readonly ticker = new Ticker();
  lastPriceTicks = 0;
  /** Set when the market's aggregated levels changed in the current command. */
  touchedEpoch = -1;

  constructor(
    readonly index: number,
    readonly symbol: string,
    readonly base: AssetRec,
    readonly quote: AssetRec,
    readonly tickSize: string,
    readonly lotSize: string,
    readonly minQuantity: string,
    readonly minNotional: string,
    /** Price units are price × 10^priceDecimals. */
    readonly priceDecimals: number,
    readonly quantityDecimals: number,
    /** Price units per tick. */
    readonly tickUnits: number,
    /** Base units per lot. */
    readonly lotUnits: number,
    /** Quote units of one tick × one lot: notional = ticks × lots × unitNotional, exactly. */
    readonly unitNotional: number,
    readonly minLots: number,
    /** Quote units. */
    readonly minNotionalUnits: number,
    status: MarketStatus,
  ) {
    this.status = status;
  }

  notional(ticks: number, lots: number): number {
    return ticks * lots * this.unitNotional;
  }

  priceUnits(ticks: number): number {
    return ticks * this.tickUnits;
  }

  baseUnits(lots: number): number {
    return lots * this.lotUnits;
  }

  formatPrice(priceUnits: number): string {
    return formatScaled(priceUnits, this.priceDecimals);
  }

  formatQuantity(baseUnits: number): string {
    return formatScaledAs(baseUnits, this.base.decimals, this.quantityDecimals);
  }

  formatQuote(quoteUnits: number): string {
    return formatScaled(quoteUnits, this.quote.decimals);
  }

  view(): MarketView {
    return {
      symbol: this.symbol,
      baseAsset: this.base.symbol,
      quoteAsset: this.quote.symbol,
      tickSize: this.tickSize,
      lotSize: this.lotSize,
      minQuantity: this.minQuantity,
      minNotional: this.minNotional,
      status: this.status,
      priceDecimals: this.priceDecimals,
      quantityDecimals: this.quantityDecimals,
    };
  }
}

/** Builds a market from its command, or explains why the configuration is unusable. */
export function createMarket(
  index: number,
  cmd: AddMarketCommand,
  base: AssetRec,
  quote: AssetRec,
): MarketRec | string {
  if (base === quote) return 'baseAsset and quoteAsset must differ';
  for (const field of ['tickSize', 'lotSize', 'minQuantity', 'minNotional'] as const) {
    if (typeof cmd[field] !== 'string' || parseScaled(cmd[field], 18) === PARSE_SYNTAX) {
      return `${field} must be a decimal string`;
    }
  }
  const priceDecimals = decimalsOf(cmd.tickSize);
  const quantityDecimals = decimalsOf(cmd.lotSize);
  if (priceDecimals > 12) return 'tickSize has too many decimals';
  if (quantityDecimals > base.decimals) return 'lotSize is finer than the base asset allows';
  const tickUnits = parseScaled(cmd.tickSize, priceDecimals);
  const lotUnits = parseScaled(cmd.lotSize, base.decimals);
  if (tickUnits <= 0) return 'tickSize must be positive';
  if (lotUnits <= 0) return 'lotSize must be positive';
  // One tick × one lot in quote units must be a whole number, or notionals would need rounding.
  const exp = quote.decimals - priceDecimals - base.decimals;
  const product = BigInt(tickUnits) * BigInt(lotUnits);
  let unit: bigint;
  if (exp >= 0) unit = product * 10n ** BigInt(exp);
  else {
    const div = 10n ** BigInt(-exp);
    if (product % div !== 0n) return 'tickSize × lotSize is not a whole number of quote units';
    unit = product / div;
  }
  if (unit > BigInt(Number.MAX_SAFE_INTEGER)) return 'tickSize × lotSize is too large';
  const minQtyUnits = parseScaled(cmd.minQuantity, base.decimals);
  if (minQtyUnits < 0 || minQtyUnits % lotUnits !== 0) return 'minQuantity must be on the lot grid';
  const minNotionalUnits = parseScaled(cmd.minNotional, quote.decimals);
  if (minNotionalUnits < 0) return 'minNotional must fit the quote asset decimals';
  return new MarketRec(
    index,
    cmd.market,
    base,
    quote,
    cmd.tickSize,
    cmd.lotSize,
    cmd.minQuantity,
    cmd.minNotional,
    priceDecimals,
    quantityDecimals,
    tickUnits,
    lotUnits,
    Number(unit),
    minQtyUnits / lotUnits,
    minNotionalUnits,
    cmd.status ?? 'open',
  );
}
