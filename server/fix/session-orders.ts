/**
 * The open orders one FIX session (one API key) entered, for CancelOnDisconnect: when a session
 * that asked for it ends, only these are canceled, not the account's REST, WebSocket or other
 * sessions' orders (as the WebSocket gateway cancels only its connection's orders).
 *
 * Appended to `<dataDir>/fix/sessions/<keyId>/orders.log` in the turn a placement is acknowledged, so
 * the set survives a venue restart; on open the file is rewritten with the orders still open.
 */
import fs from 'node:fs';
import path from 'node:path';

export class SessionOrders {
  private readonly ids = new Set<string>();
  private fd: number | undefined;
  /** Ids added this turn, written together at its end. */
  private unwritten = '';

  /** `isOpen` tells which orders from earlier runs are still worth tracking. */
  constructor(dir: string, isOpen: (orderId: string) => boolean) {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'orders.log');
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    for (const id of text.split('\n')) if (id !== '' && isOpen(id)) this.ids.add(id);
    // Compacted through a rename, so a crash mid-rewrite leaves the old list whole.
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, [...this.ids].map((id) => `${id}\n`).join(''));
    fs.renameSync(tmp, file);
    this.fd = fs.openSync(file, 'a');
  }

  add(orderId: string): void {
    if (this.ids.has(orderId)) return;
    this.ids.add(orderId);
    if (this.fd === undefined) return;
    // One write per event-loop turn for all the placements it acknowledged, not one per order.
    if (this.unwritten === '') setImmediate(this.write);
    this.unwritten += `${orderId}\n`;
  }

  private readonly write = () => {
    if (this.fd !== undefined && this.unwritten !== '') fs.writeSync(this.fd, this.unwritten);
    this.unwritten = '';
  };

  /** The order is closed: nothing left to cancel (the file forgets it at the next open). */
  forget(orderId: string): void {
    this.ids.delete(orderId);
  }

  has(orderId: string): boolean {
    return this.ids.has(orderId);
  }

  /** The tracked orders, oldest first. */
  list(): string[] {
    return [...this.ids];
  }

  close(): void {
    this.write();
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}
