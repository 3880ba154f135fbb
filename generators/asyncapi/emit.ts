import openapiTS, { astToString } from 'openapi-typescript';
import type { ValidatorEntry } from '../core/ajv-module.ts';
import { toAjvSchema } from '../core/json-schema.ts';
import { docText, header, lit, pascalCase, tsValue } from '../core/text.ts';
import { emitValidatorModule, refMapper, sharedSchemas } from '../openapi/validators.ts';
import type { Schema, WsClientOp, WsMessage, WsModel } from './model.ts';

export const GENERATOR = 'generators/ws-template';

/** The openapi-typescript key a message payload is typed under. */
export const payloadKey = (m: WsMessage) => `message.${m.name}`;
export const validatorNames = {
  client: (m: WsMessage) => `client${pascalCase(m.name)}`,
  server: (m: WsMessage) => `server${pascalCase(m.name)}`,
};

/**
 * Emits `types.ts`: component schemas and message payloads typed by openapi-typescript, by
 * wrapping them in an otherwise empty OpenAPI 3.1 document (both use JSON Schema 2020-12).
 */
export async function emitWsTypes(doc: Schema, model: WsModel): Promise<string> {
  const schemas: Schema = { ...((doc.components as Schema | undefined)?.schemas as Schema | undefined) };
  for (const m of [...model.clientMessages, ...model.serverMessages]) schemas[payloadKey(m)] = m.payload;
  const wrapper = {
    openapi: '3.1.0',
    info: { title: model.title, version: '0' },
    paths: {},
    components: { schemas },
  };
  const ast = await openapiTS(structuredClone(wrapper) as never, { silent: true });
  return `${header(model.source, GENERATOR)}${astToString(ast)}`;
}

/** The type of what answers a client operation. */
export function replyUnion(o: WsClientOp, none = 'undefined'): string {
  return o.replies.length > 0 ? o.replies.map((r) => r.typeName).join(' | ') : none;
}

/** Emits `messages.ts`: one alias per message, the two direction unions and the op/event maps. */
export function emitMessages(model: WsModel): string {
  const all = [...model.clientMessages, ...model.serverMessages];
  const aliases = all
    .map(
      (m) =>
        `/** ${docText(m.summary || m.name)} */\nexport type ${m.typeName} = components['schemas'][${lit(payloadKey(m))}];`,
    )
    .join('\n\n');
  const union = (ms: readonly WsMessage[]) =>
    ms.length === 0 ? 'never' : ms.map((m) => m.typeName).join(' | ');
  const ops = model.clientOps
    .map((o) => `  ${lit(o.op)}: { request: ${o.request.typeName}; reply: ${replyUnion(o)} };`)
    .join('\n');
  const events = model.events.map((e) => `  ${lit(e.message.name)}: ${e.message.typeName};`).join('\n');
  return `${header(model.source, GENERATOR)}import type { components } from './types.ts';

${aliases}

/** Every message a client sends. */
export type ClientMessage = ${union(model.clientMessages)};

/** Every message the server sends: replies and events. */
export type ServerMessage = ${union(model.serverMessages)};

/** Client operations by \`op\`, with their replies (undefined when there is none). */
export interface ClientOps {
${ops}
}

/** Server events by message name. */
export interface ServerEvents {
${events}
}

/** The constant properties that identify each server event. */
export const eventMatchers = ${tsValue(Object.fromEntries(model.events.map((e) => [e.message.name, e.message.consts])))} as const;

/** Rate-limit weight, scope and error codes of every operation (their \`x-\` extensions). */
export const operations = ${tsValue(Object.fromEntries(model.operations.map((o) => [o.operationId, o])))} as const;
`;
}

/** The validator inputs of every message in both directions (client requests, server messages). */
export function wsValidatorInputs(doc: Schema, model: WsModel) {
  const base = 'https://openvenue.dev/contracts/asyncapi/';
  const mapRef = (m: WsMessage) => refMapper(base, model.source, m.pointer);
  const entry = (m: WsMessage, name: string): ValidatorEntry => ({
    name,
    schema: toAjvSchema(m.payload, mapRef(m), model.source, `${m.pointer}/payload`),
    file: model.source,
    pointer: `${m.pointer}/payload`,
  });
  // Every client message is checked as it arrives, order entry at thousands a second.
  const entries = [
    ...model.clientMessages.map((m) => ({ ...entry(m, validatorNames.client(m)), fastPath: true })),
    ...model.serverMessages.map((m) => entry(m, validatorNames.server(m))),
  ];
  return { base, shared: sharedSchemas(doc, base, model.source), entries };
}

/** Emits the validators of every message in both directions (client requests, server messages). */
export function emitWsValidators(doc: Schema, model: WsModel) {
  const { base, shared, entries } = wsValidatorInputs(doc, model);
  return emitValidatorModule(shared, entries, base, model.source, GENERATOR);
}

/** Emits `dispatcher.ts`: a handler per client operation and a dispatcher that validates frames. */
export function emitDispatcher(model: WsModel): string {
  const handlers = model.clientOps
    .map((o) => {
      const reply = o.replies.length > 0 ? `${replyUnion(o)}` : 'void';
      return `  /** ${docText(o.request.summary || o.op)} */\n  ${o.op}(message: ${o.request.typeName}, ctx: Ctx): ${reply} | Promise<${reply}>;`;
    })
    .join('\n');
  const table = model.clientOps
    .map(
      (o) =>
        `    ${o.op}: { validate: v.${validatorNames.client(o.request)}, handle: (message, ctx) => handlers.${o.op}(message as ${o.request.typeName}, ctx) },`,
    )
    .join('\n');
  const types = [...new Set(model.clientOps.map((o) => o.request.typeName))].sort();
  const replies = [...new Set(model.clientOps.flatMap((o) => o.replies.map((r) => r.typeName)))].sort();
  const allReplies = replies.length > 0 ? replies.join(' | ') : 'never';
  return `${header(model.source, GENERATOR)}import { type ClientOpBinding, type DispatchOutcome, dispatchFrame } from '../runtime/ws.ts';
import type { ${[...new Set([...types, ...replies])].sort().join(', ')} } from './messages.ts';
import * as v from './validators.js';

/** One handler per client operation; the transport sends the reply it returns (which echoes the request's \`id\`). */
export interface ClientHandlers<Ctx> {
${handlers}
}

export type ReplyMessage = ${allReplies};

/** A function that takes one text frame and answers what to send back. */
export function createDispatcher<Ctx>(
  handlers: ClientHandlers<Ctx>,
): (frame: string, ctx: Ctx) => Promise<DispatchOutcome<ReplyMessage>> {
  const table: Record<string, ClientOpBinding<Ctx>> = {
${table}
  };
  return (frame, ctx) => dispatchFrame<Ctx, ReplyMessage>(table, frame, ctx);
}
`;
}

/** Emits `events.ts`: a builder per server event that fills in its constant properties. */
export function emitEvents(model: WsModel): string {
  const builders = model.events
    .map(({ message: m, operationId }) => {
      const keys = Object.keys(m.consts);
      const omitted = keys.map(lit).join(' | ');
      const fields = keys.map((k) => `${lit(k)}: ${lit(m.consts[k])}`).join(', ');
      return `/** ${docText(m.summary || m.name)} (${operationId}) */
export function ${m.name.charAt(0).toLowerCase()}${pascalCase(m.name).slice(1)}Event(fields: DistributiveOmit<${m.typeName}, ${omitted}>): ${m.typeName} {
  return { ${fields}, ...fields } as ${m.typeName};
}`;
    })
    .join('\n\n');
  const types = model.events.map((e) => e.message.typeName).sort();
  return `${header(model.source, GENERATOR)}import type { DistributiveOmit } from '../runtime/ws.ts';
${types.length > 0 ? `import type { ${types.join(', ')} } from './messages.ts';\n` : ''}
${builders}
`;
}

/** Emits `client.ts`: typed request methods with reply correlation and typed event subscriptions. */
export function emitClient(model: WsModel): string {
  const methods = model.clientOps
    .map((o) => {
      const fields = `DistributiveOmit<${o.request.typeName}, 'op' | 'id'>`;
      const param = o.request.hasRequiredFields ? `fields: ${fields}` : `fields: ${fields} = {} as ${fields}`;
      const doc = `  /** ${docText(o.request.summary || o.op)} */\n`;
      return o.replies.length > 0
        ? `${doc}  ${o.op}(${param}): Promise<${replyUnion(o)}> {\n    return this.request(${lit(o.op)}, fields) as Promise<${replyUnion(o)}>;\n  }`
        : `${doc}  ${o.op}(${param}): void {\n    this.notify(${lit(o.op)}, fields);\n  }`;
    })
    .join('\n\n');
  const types = [
    ...new Set(model.clientOps.flatMap((o) => [o.request.typeName, ...o.replies.map((r) => r.typeName)])),
  ].sort();
  const idTypes = new Set(model.clientOps.filter((o) => o.replies.length > 0).map((o) => o.idType));
  const replyValidators = model.clientOps
    .filter((o) => o.replies.length > 0)
    .map(
      (o) => `        ${lit(o.op)}: [${o.replies.map((r) => `v.${validatorNames.server(r)}`).join(', ')}],`,
    );
  const eventValidators = model.events.map(
    (e) => `        ${lit(e.message.name)}: v.${validatorNames.server(e.message)},`,
  );
  return `${header(model.source, GENERATOR)}import { type DistributiveOmit, WsClientCore, type WsClientOptions, type WsTransport } from '../runtime/ws.ts';
import { eventMatchers, type ServerEvents${types.length > 0 ? `, ${types.map((t) => `type ${t}`).join(', ')}` : ''} } from './messages.ts';
import * as v from './validators.js';

/** The typed WebSocket client surface: one method per client operation, \`on()\` per event. */
export class WsClient extends WsClientCore<ServerEvents> {
${methods}
}

export function createWsClient(transport: WsTransport, options: WsClientOptions = {}): WsClient {
  return new WsClient(
    transport,
    {
      events: eventMatchers,
      idType: ${lit(idTypes.has('number') && !idTypes.has('string') ? 'number' : 'string')},
      replyValidators: {
${replyValidators.join('\n')}
      },
      eventValidators: {
${eventValidators.join('\n')}
      },
    },
    options,
  );
}
`;
}

/** Every WebSocket file, as the template writes them. */
export async function renderWsFiles(
  doc: Schema,
  model: WsModel,
): Promise<{ name: string; content: string }[]> {
  const validators = emitWsValidators(doc, model);
  return [
    { name: 'client.ts', content: emitClient(model) },
    { name: 'dispatcher.ts', content: emitDispatcher(model) },
    { name: 'events.ts', content: emitEvents(model) },
    { name: 'messages.ts', content: emitMessages(model) },
    { name: 'types.ts', content: await emitWsTypes(doc, model) },
    { name: 'validators.d.ts', content: validators.dts },
    { name: 'validators.js', content: validators.js },
  ];
}
