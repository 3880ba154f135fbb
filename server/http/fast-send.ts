/**
 * Express's `res.type` and `res.send`, answering the way Express does at a fraction of the cost for
 * the one shape every API answer here takes: a JSON string with a content type the app has sent
 * before (`res.type('application/json').send(JSON.stringify(...))` in the generated router).
 *
 * Express re-derives the Content-Type on every call (a MIME lookup in `type`, then a parse and
 * re-format to add the charset in `send`, each through `res.set`, which looks it up again). Those
 * are pure functions of the value, so the first answer of each kind goes through Express and its
 * resulting header value is remembered; later answers reuse it. Anything outside that shape (other
 * bodies, ETags, conditional GETs, HEAD, 204/205/304) goes through Express unchanged.
 *
 * Installed once on the app's response prototype: nothing is wrapped per request.
 */
import type { Express, Response } from 'express';

// Only server code calls res.type/res.send with a type, so the set of values is small and fixed;
// the bound only guards against a future caller that builds types dynamically.
const MEMO_LIMIT = 64;

type Send = (this: Response, body?: unknown) => Response;
type SetType = (this: Response, type: string) => Response;

export function installFastSend(app: Express): void {
  const proto = app.response as unknown as { send: Send; type: SetType; contentType: SetType };
  const expressSend = proto.send;
  const expressType = proto.type;
  // res.type(argument) -> the Content-Type value Express sets for it.
  const typed = new Map<string, string>();
  // Content-Type before res.send(string) -> the value Express leaves after it (charset added).
  const sent = new Map<string, string>();

  function remember(memo: Map<string, string>, key: string, res: Response): void {
    const value = res.getHeader('Content-Type');
    if (typeof value === 'string' && memo.size < MEMO_LIMIT) memo.set(key, value);
  }

  const type: SetType = function (this: Response, value: string) {
    const known = typed.get(value);
    if (known !== undefined) {
      this.setHeader('Content-Type', known);
      return this;
    }
    expressType.call(this, value);
    remember(typed, value, this);
    return this;
  };
  proto.type = type;
  proto.contentType = type;

  proto.send = function (this: Response, body?: unknown) {
    const contentType = this.getHeader('Content-Type');
    if (typeof body !== 'string' || typeof contentType !== 'string') return expressSend.call(this, body);
    const status = this.statusCode;
    const req = this.req;
    const plain =
      req.method !== 'HEAD' &&
      status !== 204 &&
      status !== 205 &&
      status !== 304 &&
      // Express may turn a GET into 304 only when it carries a validator.
      (req.method !== 'GET' ||
        (req.headers['if-none-match'] === undefined && req.headers['if-modified-since'] === undefined)) &&
      typeof this.app.get('etag fn') !== 'function';
    const final = plain ? sent.get(contentType) : undefined;
    if (final === undefined) {
      expressSend.call(this, body);
      if (plain) remember(sent, contentType, this);
      return this;
    }
    if (final !== contentType) this.setHeader('Content-Type', final);
    if (!this.hasHeader('Transfer-Encoding'))
      this.setHeader('Content-Length', String(Buffer.byteLength(body)));
    this.end(body, 'utf8');
    return this;
  };
}
