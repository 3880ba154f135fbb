// Balances per account and asset (total and locked; available = total − locked), with per-command
// change tracking so each command emits one BalanceEvent per balance it really changed.

import type { OrderRec } from './order.ts';
import type { Position } from './positions.ts';
import type { BalanceEvent, Execution } from './types.ts';

export class AccountRec {
  readonly total: number[] = [];
  readonly locked: number[] = [];
  /** Per asset: epoch of the first change in the current command, and the values before it. */
  readonly touchedEpoch: number[] = [];
  readonly totalBefore: number[] = [];
  readonly lockedBefore: number[] = [];
  /** Open orders in creation order: an intrusive list (OrderRec.openPrev/openNext), no hashing. */
  openHead: OrderRec | null = null;
  openTail: OrderRec | null = null;
  openCount = 0;
  /** Every recorded order, ascending seq. */
  readonly orders: OrderRec[] = [];
  readonly executions: Execution[] = [];
  /** clientOrderId -> newest order carrying it. */
  readonly clientIds = new Map<string, OrderRec>();
  /** By market index. */
  readonly positions: (Position | undefined)[] = [];
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
    this.total.push(0);
    this.locked.push(0);
    this.touchedEpoch.push(-1);
    this.totalBefore.push(0);
    this.lockedBefore.push(0);
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

  available(asset: number): number {
    return (this.total[asset] as number) - (this.locked[asset] as number);
  }
}

export class Ledger {
  /** Incremented per command; compared with AccountRec.touchedEpoch. */
  epoch = 0;
  // Reused across commands; only the first `touched` entries are valid.
  private readonly touchedAccounts: AccountRec[] = [];
  private readonly touchedAssets: number[] = [];
  private touched = 0;

  beginCommand(): void {
    this.epoch++;
    this.touched = 0;
  }

  private touch(acct: AccountRec, asset: number): void {
    if (acct.touchedEpoch[asset] === this.epoch) return;
    acct.touchedEpoch[asset] = this.epoch;
    acct.totalBefore[asset] = acct.total[asset] as number;
    acct.lockedBefore[asset] = acct.locked[asset] as number;
    this.touchedAccounts[this.touched] = acct;
    this.touchedAssets[this.touched++] = asset;
  }

  credit(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    this.touch(acct, asset);
    acct.total[asset] = (acct.total[asset] as number) + amount;
  }

  /** Moves available into locked; the caller has checked availability. */
  lock(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    this.touch(acct, asset);
    acct.locked[asset] = (acct.locked[asset] as number) + amount;
  }

  /** Moves locked back into available. */
  unlock(acct: AccountRec, asset: number, amount: number): void {
    if (amount === 0) return;
    this.touch(acct, asset);
    acct.locked[asset] = (acct.locked[asset] as number) - amount;
  }

  /** Pays `spent` out of a hold and shrinks the hold by `released` more (back to available). */
  settleHold(acct: AccountRec, asset: number, spent: number, released: number): void {
    this.touch(acct, asset);
    acct.total[asset] = (acct.total[asset] as number) - spent;
    acct.locked[asset] = (acct.locked[asset] as number) - spent - released;
  }

  /** Appends one BalanceEvent per really changed balance, sorted by accountId then asset. */
  collectEvents(events: unknown[], assetSymbols: readonly string[]): void {
    const n = this.touched;
    if (n === 0) return;
    const changed: BalanceEvent[] = [];
    for (let i = 0; i < n; i++) {
      const acct = this.touchedAccounts[i] as AccountRec;
      const a = this.touchedAssets[i] as number;
      const total = acct.total[a] as number;
      const locked = acct.locked[a] as number;
      if (total === acct.totalBefore[a] && locked === acct.lockedBefore[a]) continue;
      changed.push({
        type: 'balance',
        accountId: acct.accountId,
        asset: assetSymbols[a] as string,
        total,
        available: total - locked,
        locked,
      });
    }
    if (changed.length > 1) changed.sort(compareBalanceEvents);
    for (const e of changed) events.push(e);
  }
}

function compareBalanceEvents(x: BalanceEvent, y: BalanceEvent): number {
  if (x.accountId !== y.accountId) return x.accountId < y.accountId ? -1 : 1;
  if (x.asset === y.asset) return 0;
  return x.asset < y.asset ? -1 : 1;
}
