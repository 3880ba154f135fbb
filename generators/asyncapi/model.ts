import { ContractError, followRef, pointer, resolvePointer } from '../core/contract-error.ts';
import { byString, pascalCase } from '../core/text.ts';

export type Schema = Record<string, unknown>;
export type Json = string | number | boolean | null;

export interface WsMessage {
  /** The message name (`name`, else its key): events are keyed by it. */
  readonly name: string;
  readonly typeName: string;
  /** Where the message object lives in the bundled document. */
  readonly pointer: string;
  readonly summary: string;
  readonly payload: Schema;
  /** Payload properties fixed by `const` (or a one-value `enum`): how a frame is recognised. */
  readonly consts: Readonly<Record<string, Json>>;
  /** Payload properties required besides the constants and `id`. */
  readonly hasRequiredFields: boolean;
  readonly examples: readonly unknown[];
}

export interface WsClientOp {
  readonly operationId: string;
  /** The value of the request's `op` property. */
  readonly op: string;
  readonly request: WsMessage;
  /** The messages that may answer (e.g. the result and an error reply); empty when none. */
  readonly replies: readonly WsMessage[];
  /** The JSON type of the correlation `id` (`string` or `number`). */
  readonly idType: 'string' | 'number';
}

export interface WsEvent {
  readonly operationId: string;
  readonly message: WsMessage;
}

/** The `x-` extensions of an operation, for the server's rate limiting and docs. */
export interface WsOperationMeta {
  readonly operationId: string;
  readonly kind: 'request' | 'stream';
  readonly weight?: number;
  readonly scope?: string;
  readonly errorCodes?: readonly string[];
}

export interface WsModel {
  readonly source: string;
  readonly title: string;
  readonly clientOps: readonly WsClientOp[];
  readonly events: readonly WsEvent[];
  readonly operations: readonly WsOperationMeta[];
  /** Every message, once, in a stable order. */
  readonly clientMessages: readonly WsMessage[];
  readonly serverMessages: readonly WsMessage[];
}

const follow = followRef;

/** Properties fixed to one value by `const` or a single-member `enum` (JSON Schema 2020-12 §6.1). */
export function constProperties(payload: Schema, doc: Schema): Record<string, Json> {
  const out: Record<string, Json> = {};
  const props = (payload.properties ?? {}) as Record<string, Schema>;
  for (const name of Object.keys(props).sort()) {
    let prop = props[name];
    for (let hops = 0; prop && typeof prop.$ref === 'string' && hops < 16; hops += 1) {
      prop = resolvePointer(doc, prop.$ref) as Schema | undefined;
    }
    if (!prop) continue;
    if (prop.const !== undefined) out[name] = prop.const as Json;
    else if (Array.isArray(prop.enum) && prop.enum.length === 1) out[name] = prop.enum[0] as Json;
  }
  return out;
}

/** Builds one message (AsyncAPI 3.0 §3.3.26 Message Object) from a reference to it. */
export function messageAt(doc: Schema, ref: unknown, source: string, at: string): WsMessage {
  const { node: message, at: where } = follow(doc, ref, source, at);
  if (
    message.schemaFormat !== undefined ||
    (message.payload as Schema | undefined)?.schemaFormat !== undefined
  ) {
    throw new ContractError(source, `${where}/payload`, 'unsupported construct: non-default schemaFormat');
  }
  if (!message.payload || typeof message.payload !== 'object') {
    throw new ContractError(source, where, 'a message needs a payload schema');
  }
  const name = typeof message.name === 'string' ? message.name : (where.split('/').pop() ?? 'message');
  const payload = follow(doc, message.payload, source, `${where}/payload`).node;
  const consts = constProperties(payload, doc);
  const required = Array.isArray(payload.required) ? (payload.required as string[]) : [];
  const examples = Array.isArray(message.examples)
    ? (message.examples as Schema[]).map((e) => e.payload).filter((p) => p !== undefined)
    : [];
  return {
    name,
    typeName: `${pascalCase(name)}Message`,
    pointer: where,
    summary: String(message.summary ?? message.title ?? ''),
    payload: message.payload as Schema,
    consts,
    hasRequiredFields: required.some((r) => !(r in consts) && r !== 'id'),
    examples,
  };
}

function idTypeOf(message: WsMessage, doc: Schema, source: string): 'string' | 'number' {
  const payload = follow(doc, message.payload, source, `${message.pointer}/payload`).node;
  const id = (payload.properties as Record<string, Schema> | undefined)?.id;
  if (!id)
    throw new ContractError(
      source,
      `${message.pointer}/payload`,
      'a request with a reply needs an `id` property',
    );
  const resolved = follow(doc, id, source, `${message.pointer}/payload/properties/id`).node;
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  return types.includes('string') || types.includes(undefined) ? 'string' : 'number';
}

/**
 * Redocly's AsyncAPI bundler inlines a message at every place that references it, so a message is
 * identified by its name; two different messages under one name are an error.
 */
function uniqueByName(messages: readonly WsMessage[], source: string): WsMessage[] {
  const byName = new Map<string, WsMessage>();
  for (const m of messages) {
    const seen = byName.get(m.typeName);
    if (seen && JSON.stringify(seen.payload) !== JSON.stringify(m.payload)) {
      throw new ContractError(
        source,
        m.pointer,
        `message name ${m.name} is also used for another message at ${seen.pointer}`,
      );
    }
    if (!seen) byName.set(m.typeName, m);
  }
  return [...byName.values()].sort(byString((m) => m.typeName));
}

function meta(operationId: string, kind: WsOperationMeta['kind'], operation: Schema): WsOperationMeta {
  const weight = operation['x-rate-limit-weight'];
  const scope = operation['x-required-scope'];
  const codes = operation['x-error-codes'];
  return {
    operationId,
    kind,
    ...(typeof weight === 'number' ? { weight } : {}),
    ...(typeof scope === 'string' ? { scope } : {}),
    ...(Array.isArray(codes) ? { errorCodes: [...new Set(codes.map(String))].sort() } : {}),
  };
}

/**
 * Reads the operations of a bundled AsyncAPI 3.0 document (§3.3.11 Operation Object). The document
 * may be written from either side, so `action` is not what decides: an operation with a `reply`,
 * or whose messages carry a constant `op`, is a client request (replies correlate by `id`); any
 * other operation is a server stream whose messages are recognised by their constant properties.
 */
export function collectWsModel(doc: Schema, source: string): WsModel {
  if (typeof doc.asyncapi !== 'string' || !doc.asyncapi.startsWith('3.')) {
    throw new ContractError(source, '/asyncapi', 'only AsyncAPI 3.x documents are supported');
  }
  const operations = (doc.operations ?? {}) as Record<string, Schema>;
  const clientOps: WsClientOp[] = [];
  const events: WsEvent[] = [];
  const metas: WsOperationMeta[] = [];
  const ops = new Map<string, string>();
  for (const operationId of Object.keys(operations).sort()) {
    const at = `/operations${pointer(operationId)}`;
    const operation = follow(doc, operations[operationId], source, at).node;
    if (operation.action !== 'send' && operation.action !== 'receive') {
      throw new ContractError(source, `${at}/action`, 'action must be send or receive');
    }
    const messages = ((operation.messages ?? []) as unknown[]).map((m, i) =>
      messageAt(doc, m, source, `${at}/messages/${i}`),
    );
    if (messages.length === 0)
      throw new ContractError(source, `${at}/messages`, 'an operation needs its messages listed');
    const replyAt = `${at}/reply`;
    const reply = operation.reply ? follow(doc, operation.reply, source, replyAt) : undefined;
    const replies = ((reply?.node.messages ?? []) as unknown[]).map((m, i) =>
      messageAt(doc, m, source, `${reply?.at ?? replyAt}/messages/${i}`),
    );
    const isRequest = replies.length > 0 || messages.every((m) => typeof m.consts.op === 'string');
    metas.push(meta(operationId, isRequest ? 'request' : 'stream', operation));
    if (!isRequest) {
      for (const message of messages) {
        if (Object.keys(message.consts).length === 0) {
          throw new ContractError(
            source,
            `${message.pointer}/payload`,
            'a server message needs a constant property to be recognised by',
          );
        }
        events.push({ operationId, message });
      }
      continue;
    }
    for (const request of messages) {
      const op = request.consts.op;
      if (typeof op !== 'string') {
        throw new ContractError(
          source,
          `${request.pointer}/payload`,
          'a client message needs a constant string `op` property',
        );
      }
      const first = ops.get(op);
      if (first) throw new ContractError(source, request.pointer, `op ${op} is also sent by ${first}`);
      ops.set(op, request.pointer);
      clientOps.push({
        operationId,
        op,
        request,
        replies,
        idType: replies.length > 0 ? idTypeOf(request, doc, source) : 'string',
      });
    }
  }
  const clientMessages = uniqueByName(
    clientOps.map((o) => o.request),
    source,
  );
  const serverMessages = uniqueByName(
    [...clientOps.flatMap((o) => o.replies), ...events.map((e) => e.message)],
    source,
  );
  return {
    source,
    title: String((doc.info as Schema | undefined)?.title ?? ''),
    clientOps: clientOps.sort(byString((o) => o.op)),
    // One message may be sent by several operations: it is still one event.
    events: [...new Map(events.map((e) => [e.message.name, e])).values()].sort(
      byString((e) => e.message.name),
    ),
    operations: metas,
    clientMessages,
    serverMessages,
  };
}
