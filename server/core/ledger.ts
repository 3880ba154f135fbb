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
  /** Epoch of the first change in the current command. */
  EPOCH = 2,
  /**
   * TOTAL and LOCKED as the balance's last BalanceEvent reported them: equal to TOTAL and LOCKED
   * between commands (emitEvents updates them), so a change needs no copy of the values before it.
   */
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
    const at = asset * Slot.BAL_WIDTH;
    this.bal[at + Slot.TOTAL] = total;
    this.bal[at + Slot.LOCKED] = locked;
    this.bal[at + Slot.TOTAL_BEFORE] = total;
    this.bal[at + Slot.LOCKED_BEFORE] = locked;
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
  /** Incremented per command; compared with each balance's EPOCH slot. */
  epoch = 0;
  /**
   * The balances changed in this command: account, asset index, account, asset index, ... One
   * array rather than two: one map and bounds check per entry instead of two. Reused across
   * commands; only the first `touched` elements are valid.
   */
  private readonly touchedList: (AccountRec | number)[] = [];
  /** Used length of touchedList: twice the touched balances. */
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
    if (this.touched !== 0) this.commit();
  }

  // credit, lock, unlock and settleHold each list the balance at its first change in the command
  // themselves: as a shared helper it was charged twice against the inlining budget of fill
  // (matching.ts), once inside each caller's size and once as a call of its own, and TurboFan left
  // it a call there (1.7 calls per command, ~20-30 instructions each on top of its work). No copy of
  // the values before the change: they are still in TOTAL_BEFORE / LOCKED_BEFORE (see Slot).

  credit(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    const bal = acct.bal;
    const at = asset * Slot.BAL_WIDTH;
    const epoch = this.epoch;
    if (bal[at + Slot.EPOCH] !== epoch) {
      bal[at + Slot.EPOCH] = epoch;
      const n = this.touched;
      this.touchedList[n] = acct;
      this.touchedList[n + 1] = asset;
      this.touched = n + 2;
    }
    bal[at] = (bal[at] as number) + amount;
  }

  /** Moves available into locked; the caller has checked availability. */
  lock(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    const bal = acct.bal;
    const at = asset * Slot.BAL_WIDTH;
    const epoch = this.epoch;
    if (bal[at + Slot.EPOCH] !== epoch) {
      bal[at + Slot.EPOCH] = epoch;
      const n = this.touched;
      this.touchedList[n] = acct;
      this.touchedList[n + 1] = asset;
      this.touched = n + 2;
    }
    bal[at + Slot.LOCKED] = (bal[at + Slot.LOCKED] as number) + amount;
  }

  /** Moves locked back into available. */
  unlock(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    const bal = acct.bal;
    const at = asset * Slot.BAL_WIDTH;
    const epoch = this.epoch;
    if (bal[at + Slot.EPOCH] !== epoch) {
      bal[at + Slot.EPOCH] = epoch;
      const n = this.touched;
      this.touchedList[n] = acct;
      this.touchedList[n + 1] = asset;
      this.touched = n + 2;
    }
    bal[at + Slot.LOCKED] = (bal[at + Slot.LOCKED] as number) - amount;
  }

  /** Pays `spent` out of a hold and shrinks the hold by `released` more (back to available). */
  settleHold(acct: AccountRec, asset: number, spent: number, released: number): void {
    const bal = acct.bal;
    const at = asset * Slot.BAL_WIDTH;
    const epoch = this.epoch;
    if (bal[at + Slot.EPOCH] !== epoch) {
      bal[at + Slot.EPOCH] = epoch;
      const n = this.touched;
      this.touchedList[n] = acct;
      this.touchedList[n + 1] = asset;
      this.touched = n + 2;
    }
    bal[at] = (bal[at] as number) - spent;
    bal[at + Slot.LOCKED] = (bal[at + Slot.LOCKED] as number) - spent - released;
  }

  /**
   * Delivers one BalanceEvent per really changed balance, sorted by accountId then asset. The usual
   * single balance is handled here, small enough for TurboFan to inline this into State.finish (no
   * call per command); several go to emitSorted, compiled on its own, with the feedback of fills
   * for its sink.event call (compiled in one function with the single case, emitEvents was
   * optimized during setup, where deposits change one balance each, and left that call a call).
   */
  emitEvents(sink: EventSink, out: EventWriter, assetSymbols: readonly string[]): void {
    const n = this.touched;
    if (n === 0) return;
    this.touched = 0;
    if (n !== 2) {
      this.emitSorted(sink, out, assetSymbols, n);
      return;
    }
    // One balance (an order rested or canceled without a fill): nothing to rank or sort.
    const list = this.touchedList;
    const acct = list[0] as AccountRec;
    const asset = list[1] as number;
    const bal = acct.bal;
    const at = asset * Slot.BAL_WIDTH;
    const total = bal[at + Slot.TOTAL] as number;
    const locked = bal[at + Slot.LOCKED] as number;
    if (total === bal[at + Slot.TOTAL_BEFORE] && locked === bal[at + Slot.LOCKED_BEFORE]) return;
    bal[at + Slot.TOTAL_BEFORE] = total;
    bal[at + Slot.LOCKED_BEFORE] = locked;
    const e = out.balance;
    e.accountId = acct.accountId;
    e.asset = assetSymbols[asset] as string;
    e.total = total;
    e.available = total - locked;
    e.locked = locked;
    sink.event(e);
  }

  /** emitEvents for `n / 2` touched balances (n > 2): ranks the changed ones, then emits them. */
  private emitSorted(sink: EventSink, out: EventWriter, assetSymbols: readonly string[], n: number): void {
    const list = this.touchedList;
    const order = this.order;
    if (order.length < n) this.growScratch(n);
    if (assetSymbols.length !== this.assetRanks.length) this.rankAssets(assetSymbols);
    if (this.rankedCount !== this.byAccountId.length) this.rankAccounts();
    const assetRanks = this.assetRanks;
    const width = assetRanks.length;
    const keys = this.keys;
    let count = 0;
    for (let i = 0; i < n; i += 2) {
      const acct = list[i] as AccountRec;
      const bal = acct.bal;
      const asset = list[i + 1] as number;
      const at = asset * Slot.BAL_WIDTH;
      const total = bal[at + Slot.TOTAL] as number;
      const locked = bal[at + Slot.LOCKED] as number;
      if (total === bal[at + Slot.TOTAL_BEFORE] && locked === bal[at + Slot.LOCKED_BEFORE]) continue;
      bal[at + Slot.TOTAL_BEFORE] = total;
      bal[at + Slot.LOCKED_BEFORE] = locked;
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
    const e = out.balance;
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      const acct = list[i] as AccountRec;
      const asset = list[i + 1] as number;
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
   * Restores TOTAL_BEFORE / LOCKED_BEFORE after a command that did not reach emitEvents (it threw):
   * as before, its changes are never reported.
   */
  private commit(): void {
    for (let i = 0; i < this.touched; i += 2) {
      const bal = (this.touchedList[i] as AccountRec).bal;
      const at = (this.touchedList[i + 1] as number) * Slot.BAL_WIDTH;
      bal[at + Slot.TOTAL_BEFORE] = bal[at + Slot.TOTAL] as number;
      bal[at + Slot.LOCKED_BEFORE] = bal[at + Slot.LOCKED] as number;
    }
    this.touched = 0;
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
