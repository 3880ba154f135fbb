/**
 * ClOrdID aliases created by OrderCancelReplaceRequest: the core keeps one clientOrderId per
 * order, while FIX names the order by its newest ClOrdID after each replace. Appended to
 * `<dataDir>/fix/aliases.log` (synchronously, before the Replaced report is sent) so a
 * reconnecting client can keep using the newest ClOrdID after a restart.
 */
import fs from 'node:fs';
import path from 'node:path';

export class ClOrdIdAliases {
  private readonly fd: number;
  private readonly byClOrdId = new Map<string, string>();
  private readonly byOrderId = new Map<string, string>();

  constructor(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'aliases.log');
    this.fd = fs.openSync(file, 'a+');
    const text = fs.readFileSync(file, 'utf8');
    for (const line of text.split('\n')) {
      const [accountId, clOrdId, orderId] = line.split('\t');
      if (accountId && clOrdId && orderId) this.remember(accountId, clOrdId, orderId);
    }
  }

  private remember(accountId: string, clOrdId: string, orderId: string): void {
    this.byClOrdId.set(`${accountId}\n${clOrdId}`, orderId);
    this.byOrderId.set(orderId, clOrdId);
  }

  add(accountId: string, clOrdId: string, orderId: string): void {
    fs.writeSync(this.fd, `${accountId}\t${clOrdId}\t${orderId}\n`);
    this.remember(accountId, clOrdId, orderId);
  }

  orderIdOf(accountId: string, clOrdId: string): string | undefined {
    return this.byClOrdId.get(`${accountId}\n${clOrdId}`);
  }

  /** The newest ClOrdID of a replaced order, if it was replaced over FIX. */
  currentClOrdId(orderId: string): string | undefined {
    return this.byOrderId.get(orderId);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
