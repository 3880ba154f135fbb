/**
 * AsyncAPI 3.0 comparison: channels by address (parameter names normalised), operations by name,
 * messages by their key in the channel. The direction of a message comes from its operation's
 * action and the side the document is written from: OpenVenue's WebSocket contract is written from
 * the client's side, so a `send` operation's messages are requests (may only loosen) and its reply
 * and every `receive` operation's messages are responses (may only tighten or gain fields).
 */
import { compareErrorCodes } from './error-codes.ts';
import { normaliseTemplate, summaryOf } from './openapi.ts';
import { type Finding, finding } from './rules.ts';
import { type Direction, SchemaComparer } from './schema-diff.ts';
import { child, deref, isObj, type Json, type Located } from './schema-view.ts';
import { asyncApiAlternatives, compareSecurity } from './security.ts';

/** Which application the document describes: its `send` is what that side sends. */
export type AsyncApiView = 'client' | 'server';

const addressOf = (doc: Json, channel: Located, key: string): string => {
  const at = deref(doc, channel);
  return isObj(at.node) && typeof at.node.address === 'string' ? at.node.address : key;
};

function channelsOf(doc: Json): Map<string, { key: string; address: string; at: Located }> {
  const out = new Map<string, { key: string; address: string; at: Located }>();
  const channels = child({ node: doc, ptr: '' }, 'channels');
  if (!isObj(channels.node)) return out;
  for (const key of Object.keys(channels.node).sort()) {
    const at = child(channels, key);
    const address = addressOf(doc, at, key);
    out.set(normaliseTemplate(address), { key, address, at });
  }
  return out;
}

/**
 * A message's identity: its `name`, else the key it has in its channel (the last token of the
 * `$ref` naming it). Bundlers may inline a referenced message; the name survives that.
 */
const messageKey = (doc: Json, ref: Located, fallback: string): string => {
  const message = deref(doc, ref).node;
  if (isObj(message) && typeof message.name === 'string') return message.name;
  if (isObj(ref.node) && typeof ref.node.$ref === 'string') return ref.node.$ref.split('/').pop() ?? fallback;
  return fallback;
};

/** The messages an operation (or reply) lists; with no list, every message of its channel. */
function messagesOf(doc: Json, owner: Located): Map<string, Located> {
  const out = new Map<string, Located>();
  const list = child(owner, 'messages');
  const refs = list.node;
  if (!Array.isArray(refs)) {
    const channel = deref(doc, child(owner, 'channel'));
    const all = child(channel, 'messages');
    if (isObj(all.node))
      for (const key of Object.keys(all.node)) {
        const ref = child(all, key);
        out.set(messageKey(doc, ref, key), deref(doc, ref));
      }
    return out;
  }
  refs.forEach((_, i) => {
    const ref = child(list, i);
    out.set(messageKey(doc, ref, `#${i}`), deref(doc, ref));
  });
  return out;
}

const payloadOf = (message: Located): Located => {
  const payload = child(message, 'payload');
  // A Multi Format Schema Object wraps the schema with its format.
  return isObj(payload.node) && 'schemaFormat' in payload.node && 'schema' in payload.node
    ? child(payload, 'schema')
    : payload;
};

const flip = (d: Direction): Direction => (d === 'request' ? 'response' : 'request');

/** All findings between two AsyncAPI 3.0 documents. */
export function compareAsyncApi(base: Json, rev: Json, view: AsyncApiView = 'client'): Finding[] {
  const out: Finding[] = [];
  const before = channelsOf(base);
  const after = channelsOf(rev);
  for (const [key, ch] of before) {
    if (!after.has(key))
      out.push(
        finding(
          'channel-removed',
          `channel ${ch.address}`,
          ch.at.ptr,
          `The channel ${ch.address} was removed.`,
        ),
      );
  }
  for (const [key, ch] of after) {
    if (!before.has(key))
      out.push(
        finding('channel-added', `channel ${ch.address}`, ch.at.ptr, `The channel ${ch.address} was added.`),
      );
  }

  const operations = (doc: Json) => {
    const at = child({ node: doc, ptr: '' }, 'operations');
    return isObj(at.node) ? Object.keys(at.node).map((k) => [k, deref(doc, child(at, k))] as const) : [];
  };
  const revOps = new Map(operations(rev));
  for (const [name, b] of operations(base)) {
    const bo = isObj(b.node) ? b.node : {};
    const where = `${String(bo.action)} ${name}`;
    const r = revOps.get(name);
    if (!r || !isObj(r.node)) {
      out.push(finding('operation-removed', where, b.ptr, `The operation ${where} was removed.`));
      continue;
    }
    const ro = r.node;
    if (bo.action !== ro.action) {
      const text = `The operation ${name} changed from ${String(bo.action)} to ${String(ro.action)}.`;
      out.push(finding('operation-action-changed', where, child(r, 'action').ptr, text));
      continue;
    }
    const bAddress = addressOf(base, child(b, 'channel'), '');
    const rAddress = addressOf(rev, child(r, 'channel'), '');
    if (normaliseTemplate(bAddress) !== normaliseTemplate(rAddress)) {
      const text = `The operation ${name} moved from channel ${bAddress} to ${rAddress}.`;
      out.push(finding('operation-channel-changed', where, child(r, 'channel').ptr, text));
    }
    compareSecurity(
      { alternatives: asyncApiAlternatives(base, child(b, 'security')), scope: bo['x-required-scope'] },
      { alternatives: asyncApiAlternatives(rev, child(r, 'security')), scope: ro['x-required-scope'] },
      where,
      r.ptr,
      out,
    );
    compareErrorCodes(bo, ro, where, r.ptr, out);
    const direction: Direction = (ro.action === 'send') === (view === 'client') ? 'request' : 'response';
    const schemas = new SchemaComparer(base, rev, where, out);
    compareMessages(messagesOf(base, b), messagesOf(rev, r), direction, where, schemas, out);
    const bReply = deref(base, child(b, 'reply'));
    const rReply = deref(rev, child(r, 'reply'));
    if (isObj(bReply.node)) {
      const revReplies = isObj(rReply.node) ? messagesOf(rev, rReply) : new Map<string, Located>();
      compareMessages(messagesOf(base, bReply), revReplies, flip(direction), where, schemas, out);
    } else if (isObj(rReply.node)) {
      compareMessages(new Map(), messagesOf(rev, rReply), flip(direction), where, schemas, out);
    }
  }
  for (const [name, r] of revOps) {
    if (operations(base).some(([k]) => k === name)) continue;
    const where = `${String(isObj(r.node) ? r.node.action : '')} ${name}`;
    out.push(finding('operation-added', where, r.ptr, `The operation ${where} was added${summaryOf(r)}.`));
  }
  return out;
}

function compareMessages(
  before: Map<string, Located>,
  after: Map<string, Located>,
  direction: Direction,
  where: string,
  schemas: SchemaComparer,
  out: Finding[],
): void {
  const side = direction === 'request' ? 'sent' : 'received';
  for (const [key, b] of before) {
    const r = after.get(key);
    if (!r) {
      out.push(finding('message-removed', where, b.ptr, `The ${side} message ${key} was removed.`));
      continue;
    }
    schemas.compare(payloadOf(b), payloadOf(r), direction, `${key} payload`);
    const bHeaders = child(b, 'headers');
    const rHeaders = child(r, 'headers');
    if (bHeaders.node !== undefined || rHeaders.node !== undefined)
      schemas.compare(bHeaders, rHeaders, direction, `${key} headers`);
  }
  for (const [key, r] of after) {
    if (before.has(key)) continue;
    const rule = direction === 'request' ? 'request-message-added' : 'response-message-added';
    out.push(finding(rule, where, r.ptr, `The ${side} message ${key} was added.`));
  }
}
