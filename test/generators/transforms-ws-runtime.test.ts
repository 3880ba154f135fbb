import { describe, expect, it } from 'vitest';
import { collectWsModel, constProperties } from '../../generators/asyncapi/model.ts';
import { hoistRequires } from '../../generators/core/ajv-module.ts';
import type { Schema } from '../../generators/openapi/operations.ts';
import { coerce } from '../../generators/runtime/http.ts';
import { titleOf } from '../../generators/runtime/problem.ts';
import { issuePath, toIssues } from '../../generators/runtime/validation.ts';
import { contractError } from './expect-contract-error.ts';

describe('runtime helpers', () => {
  it.each([
    ['50', 'integer', 50],
    ['5x', 'integer', '5x'],
    ['true', 'boolean', true],
    ['1', 'array:number', [1]],
    [['1', '2'], 'array:integer', [1, 2]],
    ['open', 'string', 'open'],
  ])('coerce(%j, %s)', (given, type, want) => expect(coerce(given, type)).toEqual(want));
  it('toIssues roots paths at the location and names missing and extra properties', () => {
    expect(
      toIssues('body', [
        {
          instancePath: '',
          keyword: 'required',
          params: { missingProperty: 'quantity' },
          message: 'must have required property',
        },
        {
          instancePath: '/orders/0',
          keyword: 'additionalProperties',
          params: { additionalProperty: 'x' },
          message: 'no',
        },
        {
          instancePath: '/orders/0',
          keyword: 'additionalProperties',
          params: { additionalProperty: 'x' },
          message: 'no',
        },
      ]),
    ).toEqual([
      { path: '/quantity', message: 'must have required property' },
      { path: '/orders/0/x', message: 'no' },
    ]);
    expect(toIssues('query', [{ instancePath: '/limit', keyword: 'type', params: {} }])).toEqual([
      { path: 'query.limit', message: 'type' },
    ]);
  });
  it.each([
    ['body', '/price', '/price'],
    ['body', '', ''],
    ['query', '/markets/1', 'query.markets/1'],
    ['path', '/market', 'path.market'],
    ['header', '/x~1y', 'header.x/y'],
  ] as const)('issuePath(%s, %s) = %s', (location, pointer, want) =>
    expect(issuePath(location, pointer)).toBe(want),
  );
  it('titleOf', () => expect(titleOf('TIMESTAMP_OUT_OF_WINDOW')).toBe('Timestamp out of window'));
  it('hoistRequires turns ajv requires into ESM imports', () => {
    const out = hoistRequires(
      '"use strict";const f = require("ajv/dist/runtime/ucs2length").default;/*# sourceURL="x" */',
    );
    expect(out).toContain('import * as __ns0 from "ajv/dist/runtime/ucs2length.js";');
    expect(out).toContain('const f = __dep0.default;');
    expect(out).not.toContain('require(');
    expect(out).not.toContain('sourceURL');
  });
});

describe('AsyncAPI 3.0 operations', () => {
  const message = (name: string, properties: Schema, required: string[] = Object.keys(properties)) => ({
    name,
    payload: { type: 'object', required, properties },
  });
  const ws = (operations: Schema, messages: Schema) =>
    collectWsModel(
      { asyncapi: '3.0.0', info: { title: 't' }, operations, components: { messages } },
      'ws.yaml',
    );
  const messages = {
    login: message('login', { op: { const: 'login' }, id: { type: ['string', 'integer'] } }),
    loginReply: message('loginReply', { op: { const: 'login' }, id: {}, result: {} }),
    errorReply: message('errorReply', { id: {}, error: {} }),
    book: message('book', {
      channel: { const: 'book' },
      type: { enum: ['update'] },
      seq: { type: 'integer' },
    }),
  };
  const ref = (name: string) => ({ $ref: `#/components/messages/${name}` });

  it.each([
    ['client side (send = request)', 'send', 'receive'],
    ['server side (receive = request)', 'receive', 'send'],
  ])('reads a document written from the %s', (_, requestAction, streamAction) => {
    const model = ws(
      {
        login: {
          action: requestAction,
          messages: [ref('login')],
          reply: { messages: [ref('loginReply'), ref('errorReply')] },
        },
        receiveBook: { action: streamAction, messages: [ref('book')] },
      },
      messages,
    );
    expect(model.clientOps.map((o) => [o.op, o.replies.map((r) => r.name), o.idType])).toEqual([
      ['login', ['loginReply', 'errorReply'], 'string'],
    ]);
    expect(model.events.map((e) => [e.message.name, e.message.consts])).toEqual([
      ['book', { channel: 'book', type: 'update' }],
    ]);
    expect(model.serverMessages.map((m) => m.typeName)).toEqual([
      'BookMessage',
      'ErrorReplyMessage',
      'LoginReplyMessage',
    ]);
  });

  it('constProperties follows refs and one-value enums', () => {
    expect(
      constProperties(
        { properties: { a: { $ref: '#/A' }, b: { enum: [1] }, c: { enum: [1, 2] } } },
        { A: { const: 'x' } },
      ),
    ).toEqual({ a: 'x', b: 1 });
  });

  it.each([
    [{ s: { action: 'receive', messages: [ref('errorReply')] } }, '/components/messages/errorReply/payload'],
    [
      { s: { action: 'send', messages: [ref('login')] }, t: { action: 'send', messages: [ref('login')] } },
      '/components/messages/login',
    ],
    [{ s: { action: 'listen', messages: [ref('login')] } }, '/operations/s/action'],
  ])('rejects %#', (operations, pointer) => {
    expect(contractError(() => ws(operations, messages)).pointer).toBe(pointer);
  });
});
