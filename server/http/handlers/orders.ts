/**
 * Order entry and order state over the venue. Every answer to a change is sent only after the
 * venue resolved the command, i.e. after its journal batch is on disk.
 *
 * placeOrder: 201 new; 200 + `Idempotent-Replayed: true` for an identical clientOrderId resend
 * (even when the original was a recorded rejection: that order is the answer); a state rejection
 * (INSUFFICIENT_FUNDS, MARKET_HALTED, POST_ONLY_WOULD_TAKE) is recorded by the core and answered
 * with its problem; a static rejection records nothing. Batches answer one result per order: the
 * Order (placed, replayed, or recorded as rejected) or a Problem.
 */
import type { Handlers } from '../../../generated/openapi/router.ts';
import { defined } from '../../api/defined.ts';
import {
  isPlaceOrderIssue,
  type PlaceOrderBody,
  type PlaceOrderInput,
  placeOrderCommand,
} from '../../api/place-order.ts';
import { orderBody } from '../../api/views.ts';
import { type CommandResult, formatTimestamp, type OrderSnapshot } from '../../core/index.ts';
import type { Venue } from '../../venue.ts';
import { coreProblem, problem, problemJson } from '../problems.ts';
import type { Principal } from '../security.ts';
import { accountOf, checkCursor, type HandlerDeps, submit, validationFailed } from './context.ts';

type OrderHandlers = Pick<
  Handlers<Principal>,
  | 'placeOrder'
  | 'placeOrderBatch'
  | 'listOrders'
  | 'getOrder'
  | 'getOrderByClientOrderId'
  | 'amendOrder'
  | 'cancelOrder'
  | 'cancelOrderByClientOrderId'
  | 'cancelAllOrders'
  | 'cancelOrderBatch'
  | 'setCancelAllAfter'
>;

function view(venue: Venue, order: OrderSnapshot) {
  return orderBody(venue.engine.orderView(order));
}

/** One order's result inside a batch: the Order, or a Problem saying why nothing happened. */
function batchEntry(venue: Venue, result: CommandResult, requestId: string | undefined) {
  if (result.order) return view(venue, result.order);
  const error = result.error ?? { code: 'VALIDATION_FAILED' as const, message: 'rejected' };
  return problemJson(coreProblem(error).problem, requestId);
}

/** Answer for a command that returns one order (amend, cancel). */
function orderAnswer(venue: Venue, result: CommandResult) {
  if (!result.ok || !result.order)
    return coreProblem(result.error ?? { code: 'ORDER_NOT_FOUND', message: '' });
  return { status: 200 as const, body: view(venue, result.order) };
}

const notFound = (what: string) => problem(404, 'ORDER_NOT_FOUND', `No order of this account has ${what}.`);

export function orderHandlers({ venue, deadMansSwitch }: HandlerDeps): OrderHandlers {
  return {
    async placeOrder(input, ctx) {
      const command = placeOrderCommand(accountOf(ctx), input.body as PlaceOrderBody, '');
      if (isPlaceOrderIssue(command))
        return validationFailed('The expireAt timestamp is not valid.', [command]);
      const outcome = await submit(venue, command);
      if ('problem' in outcome) return outcome;
      const { result } = outcome;
      if (result.replayed && result.order) {
        return { status: 200, body: view(venue, result.order), headers: { 'Idempotent-Replayed': 'true' } };
      }
      if (result.ok && result.order) return { status: 201, body: view(venue, result.order) };
      return coreProblem(result.error ?? { code: 'VALIDATION_FAILED', message: 'The order was rejected.' });
    },

    async placeOrderBatch(input, ctx) {
      const accountId = accountOf(ctx);
      const orders = (input.body as { orders: PlaceOrderBody[] }).orders;
      const commands = orders.map((b, i) => placeOrderCommand(accountId, b, `/orders/${i}`));
      const issues = commands.filter(isPlaceOrderIssue);
      if (issues.length > 0)
        return validationFailed('An order of the batch has an invalid expireAt.', issues);
      // Submitted back to back: the venue applies them in this order; all are durable when the last is.
      const outcomes = await Promise.all(commands.map((c) => submit(venue, c as PlaceOrderInput)));
      const data = outcomes.map((o) =>
        'problem' in o ? problemJson(o.problem, ctx.requestId) : batchEntry(venue, o.result, ctx.requestId),
      );
      return { status: 200, body: { data } as never };
    },

    listOrders(input, ctx) {
      const { market, status, cursor, limit } = input.query;
      const bad = checkCursor(cursor);
      if (bad) return bad;
      if (market !== undefined && venue.engine.market(market) === undefined) {
        return problem(404, 'MARKET_NOT_FOUND', `No market has the symbol "${market}".`);
      }
      const page = venue.engine.listOrders(accountOf(ctx), defined({ market, status, cursor, limit }));
      return { status: 200, body: { data: page.data.map(orderBody), nextCursor: page.nextCursor } };
    },

    getOrder(input, ctx) {
      const o = venue.engine.getOrder(accountOf(ctx), input.path.orderId);
      return o ? { status: 200, body: orderBody(o) } : notFound(`the orderId "${input.path.orderId}"`);
    },

    getOrderByClientOrderId(input, ctx) {
      const id = input.path.clientOrderId;
      const o = venue.engine.getOrderByClientOrderId(accountOf(ctx), id);
      return o ? { status: 200, body: orderBody(o) } : notFound(`the clientOrderId "${id}"`);
    },

    async amendOrder(input, ctx) {
      const body = input.body as { price?: string; quantity?: string };
      const outcome = await submit(venue, {
        type: 'amendOrder',
        accountId: accountOf(ctx),
        orderId: input.path.orderId,
        ...defined({ price: body.price, quantity: body.quantity }),
      });
      return 'problem' in outcome ? outcome : orderAnswer(venue, outcome.result);
    },

    async cancelOrder(input, ctx) {
      const cmd = { type: 'cancelOrder' as const, accountId: accountOf(ctx), orderId: input.path.orderId };
      const outcome = await submit(venue, cmd);
      return 'problem' in outcome ? outcome : orderAnswer(venue, outcome.result);
    },

    async cancelOrderByClientOrderId(input, ctx) {
      const clientOrderId = input.path.clientOrderId;
      const outcome = await submit(venue, { type: 'cancelOrder', accountId: accountOf(ctx), clientOrderId });
      return 'problem' in outcome ? outcome : orderAnswer(venue, outcome.result);
    },

    async cancelAllOrders(input, ctx) {
      const market = input.query.market;
      const outcome = await submit(venue, {
        type: 'cancelAll',
        accountId: accountOf(ctx),
        ...defined({ market }),
      });
      if ('problem' in outcome) return outcome;
      const { result } = outcome;
      if (!result.ok) return coreProblem(result.error ?? { code: 'MARKET_NOT_FOUND', message: '' });
      return { status: 200, body: { data: (result.canceled ?? []).map((o) => view(venue, o)) } };
    },

    async cancelOrderBatch(input, ctx) {
      const accountId = accountOf(ctx);
      const refs = (input.body as { orders: ({ orderId: string } | { clientOrderId: string })[] }).orders;
      const outcomes = await Promise.all(
        refs.map((ref) => submit(venue, { type: 'cancelOrder', accountId, ...ref })),
      );
      const data = outcomes.map((o) => {
        if ('problem' in o) return problemJson(o.problem, ctx.requestId);
        return o.result.ok
          ? batchEntry(venue, o.result, ctx.requestId)
          : problemJson(
              coreProblem(o.result.error ?? { code: 'ORDER_NOT_FOUND', message: '' }).problem,
              ctx.requestId,
            );
      });
      return { status: 200, body: { data } as never };
    },

    setCancelAllAfter(input, ctx) {
      const status = deadMansSwitch.arm(accountOf(ctx), input.body.timeoutMs);
      const triggerAt = status.triggerAt === null ? null : formatTimestamp(status.triggerAt);
      return { status: 200, body: { timeoutMs: status.timeoutMs, triggerAt } };
    },
  };
}
