// Balances per account and asset (total and locked; available = total − locked), with per-command
// change tracking so each command emits one BalanceEvent per balance it really changed.

import type { ClientIdEntry } from './client-ids.ts';
import type { OrderRec } from './order.ts';
import { POS_COST, POS_NET, POS_OPEN, POS_REALIZED, POS_WIDTH, Position } from './positions.ts';
import type { EventSink, EventWriter } from './sink.ts';

// One array per account, BAL_WIDTH slots per asset (index asset × BAL_WIDTH + slot): a balance
// change touches one cache line or two instead of five separate arrays (accounts are hit at random).
// A const enum, not module constants: tsx/esbuild write its members into the code as literals, while
// TurboFan reloads a module-level const from the module context, with a check, at every use in the
// optimized code (bench:engine-instructions: 7,560 -> 7,272 instructions per command at 40k ops,
// 6,287 -> 6,248 at 200k: most of the saving is in the setup each pass includes). File-local, so
// nothing imports it (what the lint rule is about).
// biome-ignore lint/suspicious/noConstEnum: file-local, inlined by esbuild (see above)
const enum Slot {
  TOTAL = 0,
  LOCKED = 1,
  /** Epoch of the first change in the current command, and the values before it. */
  EPOCH = 2,
  TOTAL_BEFORE = 3,
  LOCKED_BEFORE = 4,
  BAL_WIDTH = 5,
}

/**
 * An empty array whose elements are already doubles: amounts pass 2^31, and an array that starts
 * with small integers would change its elements kind (and its users' code) when they do.
 */
function doubleArray(): number[] {
  const a = [0.5];
  a.pop();
  return a;
}

export class AccountRec {
  /** Per asset: total, locked, touched epoch, total and locked before the command (see above). */
  readonly bal: number[] = doubleArray();
  /** Open orders in creation order: an intrusive list (OrderRec.openPrev/openNext), no hashing. */
  openHead: OrderRec | null = null;
  openTail: OrderRec | null = null;
  openCount = 0;
  /** Position in State.accountList (the order index stores owners as these). */
  index = -1;
  /** Position in accountId order among all accounts (Ledger ranks them before balance events):
   * balance events are sorted by accountId, and comparing these is cheaper than the strings. */
  rank = -1;
  /** clientOrderId -> newest order carrying it: the OrderRec while open, then the key of its row
   * in State.closedClientIds (client-ids.ts). Idempotency needs the original parameters and outcome
   * for 24 h, lookups by clientOrderId the newest order; closed entries expire after 24 h. */
  readonly clientIds = new Map<string, ClientIdEntry>();
  /** Positions by market index, POS_WIDTH slots each (positions.ts); grown on first use. */
  readonly pos: number[] = doubleArray();
  readonly maxFeeBps: number;

  constructor(
    readonly accountId: string,
    readonly name: string | null,
    readonly makerFeeBps: number,
    readonly takerFeeBps: number,
    readonly createdAt: number,
    assetCount: number,
  ) {
    this.maxFeeBps = Math.max(makerFeeBps, takerFeeBps);
    for (let i = 0; i < assetCount; i++) this.addAsset();
  }

  addAsset(): void {
    this.bal.push(0, 0, -1, 0, 0);
  }

  total(asset: number): number {
    return this.bal[asset * Slot.BAL_WIDTH + Slot.TOTAL] as number;
  }

  locked(asset: number): number {
    return this.bal[asset * Slot.BAL_WIDTH + Slot.LOCKED] as number;
  }

  /** Restores a balance (snapshots). */
  setBalance(asset: number, total: number, locked: number): void {
    this.bal[asset * Slot.BAL_WIDTH + Slot.TOTAL] = total;
    this.bal[asset * Slot.BAL_WIDTH + Slot.LOCKED] = locked;
  }

  /** Orders are added once, at creation, so the list stays in seq order. */
  addOpen(order: OrderRec): void {
    order.openPrev = this.openTail;
    order.openNext = null;
    if (this.openTail === null) this.openHead = order;
    else this.openTail.openNext = order;
    this.openTail = order;
    this.openCount++;
  }

  removeOpen(order: OrderRec): void {
    if (order.openPrev === null) {
      if (this.openHead !== order) return; // not in the list
      this.openHead = order.openNext;
    } else order.openPrev.openNext = order.openNext;
    if (order.openNext === null) this.openTail = order.openPrev;
    else order.openNext.openPrev = order.openPrev;
    order.openPrev = null;
    order.openNext = null;
    this.openCount--;
  }

  /** Open orders, ascending seq. */
  openOrders(): OrderRec[] {
    const out: OrderRec[] = [];
    for (let o = this.openHead; o !== null; o = o.openNext) out.push(o);
    return out;
  }

  /** Slot of market `market`'s position in `pos`, made addressable. */
  positionAt(market: number): number {
    const at = market * POS_WIDTH;
    while (this.pos.length <= at) this.pos.push(0, 0, 0, 0);
    return at;
  }

  /** The position in a market, if the account ever traded there (views, snapshots). */
  position(market: number): Position | undefined {
    const at = market * POS_WIDTH;
    if (at >= this.pos.length || this.pos[at + POS_OPEN] !== 1) return undefined;
    const p = new Position();
    p.netLots = this.pos[at + POS_NET] as number;
    p.cost = this.pos[at + POS_COST] as number;
    p.realized = this.pos[at + POS_REALIZED] as number;
    return p;
  }

  /** Restores a position (snapshots). */
  setPosition(market: number, netLots: number, cost: number, realized: number): void {
    const at = this.positionAt(market);
    this.pos[at + POS_OPEN] = 1;
    this.pos[at + POS_NET] = netLots;
    this.pos[at + POS_COST] = cost;
    this.pos[at + POS_REALIZED] = realized;
  }

  /** Whether `amount` <= available (no balance value leaves the call: see placeOrder). */
  covers(asset: number, amount: number): boolean {
    const at = asset * Slot.BAL_WIDTH;
    return amount <= (this.bal[at + Slot.TOTAL] as number) - (this.bal[at + Slot.LOCKED] as number);
  }

  available(asset: number): number {
    const at = asset * Slot.BAL_WIDTH;
    return (this.bal[at + Slot.TOTAL] as number) - (this.bal[at + Slot.LOCKED] as number);
  }
}

export class Ledger {
  /** Incremented per command; compared with AccountRec.touchedEpoch. */
  epoch = 0;
  // Reused across commands; only the first `touched` entries are valid.
  private readonly touchedAccounts: AccountRec[] = [];
  private readonly touchedAssets: number[] = [];
  private touched = 0;
  /** Scratch: indexes of the changed touched entries in event order, and their sort keys. */
  private readonly order: number[] = [];
  private readonly keys: number[] = [];
  /** Per asset index: its position in symbol order. */
  private readonly assetRanks: number[] = [];
  /** Every account: the first `rankedCount` in accountId order (AccountRec.rank), then new ones. */
  private readonly byAccountId: AccountRec[] = [];
  private rankedCount = 0;

  /**
   * Ranked lazily, before the next balance events (rankAccounts): a restore of n accounts sorts
   * once, O(n log n), instead of n ordered inserts, O(n²).
   */
  addAccount(acct: AccountRec): void {
    this.byAccountId.push(acct);
  }

  beginCommand(): void {
    this.epoch++;
    this.touched = 0;
  }

  /** Records a balance before its first change in this command; answers its slot in acct.bal. */
  private touch(acct: AccountRec, asset: number): number {
    const bal = acct.bal;
    const at = asset * Slot.BAL_WIDTH;
    if (bal[at + Slot.EPOCH] === this.epoch) return at;
    bal[at + Slot.EPOCH] = this.epoch;
    bal[at + Slot.TOTAL_BEFORE] = bal[at + Slot.TOTAL] as number;
    bal[at + Slot.LOCKED_BEFORE] = bal[at + Slot.LOCKED] as number;
    this.touchedAccounts[this.touched] = acct;
    this.touchedAssets[this.touched++] = asset;
    return at;
  }

  credit(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    const at = this.touch(acct, asset) + Slot.TOTAL;
    acct.bal[at] = (acct.bal[at] as number) + amount;
  }

  /** Moves available into locked; the caller has checked availability. */
  lock(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    const at = this.touch(acct, asset) + Slot.LOCKED;
    acct.bal[at] = (acct.bal[at] as number) + amount;
  }

  /** Moves locked back into available. */
  unlock(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    const at = this.touch(acct, asset) + Slot.LOCKED;
    acct.bal[at] = (acct.bal[at] as number) - amount;
  }

  /** Pays `spent` out of a hold and shrinks the hold by `released` more (back to available). */
  settleHold(acct: AccountRec, asset: number, spent: number, released: number): void {
    const at = this.touch(acct, asset);
    const bal = acct.bal;
    bal[at + Slot.TOTAL] = (bal[at + Slot.TOTAL] as number) - spent;
    bal[at + Slot.LOCKED] = (bal[at + Slot.LOCKED] as number) - spent - released;
  }

  /** Delivers one BalanceEvent per really changed balance, sorted by accountId then asset. */
  emitEvents(sink: EventSink, out: EventWriter, assetSymbols: readonly string[]): void {
    const n = this.touched;
    if (n === 0) return;
    const accounts = this.touchedAccounts;
    const assets = this.touchedAssets;
    const order = this.order;
    if (order.length < n) this.growScratch(n);
    let count = 0;
    if (n === 1) {
      // One balance (an order rested or canceled without a fill): nothing to rank or sort.
      const at = (assets[0] as number) * Slot.BAL_WIDTH;
      const bal = (accounts[0] as AccountRec).bal;
      if (
        bal[at + Slot.TOTAL] === bal[at + Slot.TOTAL_BEFORE] &&
        bal[at + Slot.LOCKED] === bal[at + Slot.LOCKED_BEFORE]
      )
        return;
      order[0] = 0;
      count = 1;
    } else {
      if (assetSymbols.length !== this.assetRanks.length) this.rankAssets(assetSymbols);
      if (this.rankedCount !== this.byAccountId.length) this.rankAccounts();
      const assetRanks = this.assetRanks;
      const width = assetRanks.length;
      const keys = this.keys;
      for (let i = 0; i < n; i++) {
        const acct = accounts[i] as AccountRec;
        const bal = acct.bal;
        const asset = assets[i] as number;
        const at = asset * Slot.BAL_WIDTH;
        if (
          bal[at + Slot.TOTAL] === bal[at + Slot.TOTAL_BEFORE] &&
          bal[at + Slot.LOCKED] === bal[at + Slot.LOCKED_BEFORE]
        )
          continue;
        // (accountId, asset symbol) order as one integer: account rank, then asset rank.
        const key = acct.rank * width + (assetRanks[asset] as number);
        // Insertion sort of the few changed entries (usually 2 to 6): no allocation; keys are unique.
        let j = count++;
        while (j > 0 && (keys[j - 1] as number) > key) {
          order[j] = order[j - 1] as number;
          keys[j] = keys[j - 1] as number;
          j--;
        }
        order[j] = i;
        keys[j] = key;
      }
    }
    // One emitting loop for both cases, so one sink.event call site: with a second one for the
    // single balance, emitEvents was compiled in setup (deposits change one balance each) with no
    // feedback for the loop's call, and left it a call (1.75 per command).
    const e = out.balance;
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      const acct = accounts[i] as AccountRec;
      const asset = assets[i] as number;
      const bal = acct.bal;
      const at = asset * Slot.BAL_WIDTH;
      const total = bal[at + Slot.TOTAL] as number;
      const locked = bal[at + Slot.LOCKED] as number;
      e.accountId = acct.accountId;
      e.asset = assetSymbols[asset] as string;
      e.total = total;
      e.available = total - locked;
      e.locked = locked;
      sink.event(e);
    }
  }

  /**
   * Lengthens the scratch arrays to at least `n` entries before they are written: a store below the
   * length is a plain store in TurboFan's code, while a store that may grow the array checks its
   * capacity and copy-on-write elements each time (~8 instructions more per store).
   */
  private growScratch(n: number): void {
    while (this.order.length < n) {
      this.order.push(0);
      this.keys.push(0);
    }
  }

  /**
   * Many new accounts (a restore): one sort. A few (live creation): each inserted at its place in
   * the ranked prefix, and the ranks renumbered from the first insertion, O(n) per account.
   */
  private rankAccounts(): void {
    const byId = this.byAccountId;
    let from = 0;
    if (byId.length - this.rankedCount > 64) byId.sort((x, y) => compareStrings(x.accountId, y.accountId));
    else {
      from = byId.length;
      for (const acct of byId.splice(this.rankedCount)) {
        let lo = 0;
        let hi = byId.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((byId[mid] as AccountRec).accountId < acct.accountId) lo = mid + 1;
          else hi = mid;
        }
        byId.splice(lo, 0, acct);
        from = Math.min(from, lo);
      }
    }
    for (let i = from; i < byId.length; i++) (byId[i] as AccountRec).rank = i;
    this.rankedCount = byId.length;
  }

  /** Ranks assets by symbol (recomputed when an asset is added: assets are few). */
  private rankAssets(symbols: readonly string[]): void {
    const byName = symbols
      .map((_, i) => i)
      .sort((x, y) => compareStrings(symbols[x] as string, symbols[y] as string));
    const ranks = this.assetRanks;
    while (ranks.length !== 0) ranks.pop();
    for (let i = 0; i < symbols.length; i++) ranks.push(0);
    byName.forEach((asset, rank) => {
      ranks[asset] = rank;
    });
  }
}

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
