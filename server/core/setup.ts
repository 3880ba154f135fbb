// Venue configuration and funding commands: assets, markets, market status, accounts, deposits.

import { DEFAULT_MAKER_FEE_BPS, DEFAULT_TAKER_FEE_BPS } from './constants.ts';
import { PARSE_PRECISION, PARSE_RANGE, PARSE_SYNTAX, parseScaled } from './decimal.ts';
import { AccountRec } from './ledger.ts';
import { createMarket } from './market.ts';
import { fail } from './order-entry.ts';
import type { Outcome, State } from './state.ts';
import type {
  AddAssetCommand,
  AddMarketCommand,
  CreateAccountCommand,
  DepositCommand,
  SetMarketStatusCommand,
} from './types.ts';
import { err } from './validation.ts';

const SYMBOL = /^[A-Z0-9]{1,16}$/;
const MARKET_SYMBOL = /^[A-Z0-9]{1,16}-[A-Z0-9]{1,16}$/;
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;

function done(s: State): Outcome {
  return s.finish();
}

export function addAsset(s: State, cmd: AddAssetCommand): Outcome {
  if (typeof cmd.asset !== 'string' || !SYMBOL.test(cmd.asset)) {
    return fail(s, err('VALIDATION_FAILED', 'asset must be 1-16 upper-case letters or digits'));
  }
  if (!Number.isInteger(cmd.decimals) || cmd.decimals < 0 || cmd.decimals > 12) {
    return fail(s, err('VALIDATION_FAILED', 'decimals must be an integer 0..12'));
  }
  if (s.assetBySymbol.has(cmd.asset)) return fail(s, err('VALIDATION_FAILED', `asset ${cmd.asset} exists`));
  const asset = { index: s.assets.length, symbol: cmd.asset, decimals: cmd.decimals, supply: 0 };
  s.assets.push(asset);
  s.assetSymbols.push(asset.symbol);
  s.assetBySymbol.set(asset.symbol, asset);
  for (const acct of s.accounts.values()) acct.addAsset();
  s.sink.event({ type: 'assetAdded', asset: asset.symbol, decimals: asset.decimals });
  return done(s);
}

export function addMarket(s: State, cmd: AddMarketCommand): Outcome {
  if (typeof cmd.market !== 'string' || !MARKET_SYMBOL.test(cmd.market)) {
    return fail(s, err('VALIDATION_FAILED', 'market must look like BASE-QUOTE'));
  }
  if (s.marketBySymbol.has(cmd.market))
    return fail(s, err('VALIDATION_FAILED', `market ${cmd.market} exists`));
  if (cmd.status !== undefined && cmd.status !== 'open' && cmd.status !== 'halted') {
    return fail(s, err('VALIDATION_FAILED', 'status must be open or halted'));
  }
  const base = s.assetBySymbol.get(cmd.baseAsset);
  const quote = s.assetBySymbol.get(cmd.quoteAsset);
  if (base === undefined || quote === undefined) {
    return fail(
      s,
      err('ASSET_NOT_FOUND', `unknown asset ${base === undefined ? cmd.baseAsset : cmd.quoteAsset}`),
    );
  }
  const m = createMarket(s.markets.length, cmd, base, quote);
  if (typeof m === 'string') return fail(s, err('VALIDATION_FAILED', m));
  s.markets.push(m);
  s.marketBySymbol.set(m.symbol, m);
  s.sink.event({ type: 'market', market: m.symbol, status: m.status });
  return done(s);
}

export function setMarketStatus(s: State, cmd: SetMarketStatusCommand): Outcome {
  const m = s.marketBySymbol.get(cmd.market);
  if (m === undefined) return fail(s, err('MARKET_NOT_FOUND', `no market ${cmd.market}`));
  if (cmd.status !== 'open' && cmd.status !== 'halted') {
    return fail(s, err('VALIDATION_FAILED', 'status must be open or halted'));
  }
  if (m.status !== cmd.status) {
    m.status = cmd.status;
    s.sink.event({ type: 'market', market: m.symbol, status: m.status });
  }
  return done(s);
}

function isBps(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000;
}

export function createAccount(s: State, cmd: CreateAccountCommand): Outcome {
  if (typeof cmd.accountId !== 'string' || !ACCOUNT_ID.test(cmd.accountId)) {
    return fail(s, err('VALIDATION_FAILED', 'accountId must be 1-64 of [A-Za-z0-9_-]'));
  }
  if (s.accounts.has(cmd.accountId))
    return fail(s, err('VALIDATION_FAILED', `account ${cmd.accountId} exists`));
  const maker = cmd.makerFeeBps ?? DEFAULT_MAKER_FEE_BPS;
  const taker = cmd.takerFeeBps ?? DEFAULT_TAKER_FEE_BPS;
  if (!isBps(maker) || !isBps(taker))
    return fail(s, err('VALIDATION_FAILED', 'fees must be integer bps 0..10000'));
  if (cmd.name !== undefined && typeof cmd.name !== 'string') {
    return fail(s, err('VALIDATION_FAILED', 'name must be a string'));
  }
  const acct = new AccountRec(cmd.accountId, cmd.name ?? null, maker, taker, s.ts, s.assets.length);
  s.addAccount(acct);
  s.sink.event({
    type: 'accountCreated',
    accountId: acct.accountId,
    makerFeeBps: maker,
    takerFeeBps: taker,
  });
  return done(s);
}

export function deposit(s: State, cmd: DepositCommand): Outcome {
  const acct = s.accounts.get(cmd.accountId);
  if (acct === undefined) return fail(s, err('ACCOUNT_NOT_FOUND', `no account ${cmd.accountId}`));
  const asset = s.assetBySymbol.get(cmd.asset);
  if (asset === undefined) return fail(s, err('ASSET_NOT_FOUND', `no asset ${cmd.asset}`));
  const v = typeof cmd.amount === 'string' ? parseScaled(cmd.amount, asset.decimals) : PARSE_SYNTAX;
  if (v === PARSE_SYNTAX || v === PARSE_PRECISION) {
    return fail(
      s,
      err('VALIDATION_FAILED', `amount must be a decimal string with at most ${asset.decimals} decimals`),
    );
  }
  // Bounding the asset's total supply bounds every balance, fee account included.
  if (v === PARSE_RANGE || v === 0 || asset.supply + v > Number.MAX_SAFE_INTEGER) {
    return fail(s, err('VALUE_OUT_OF_RANGE', 'amount is zero or too large'));
  }
  asset.supply += v;
  s.ledger.credit(acct, asset.index, v);
  return done(s);
}
