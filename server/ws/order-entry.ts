/**
 * Order entry over the socket: placeOrder, cancelOrder, amendOrder, cancelAllOrders and
 * setCancelAllAfter (the dead man's switch), the same commands, validation and error codes as
 * their REST namesakes. Each request is submitted to the
 * venue in the same turn it arrives (so one connection's requests execute in arrival order) and
 * answered only once the venue has made it durable.
 */
import type { ClientHandlers } from '../../generated/asyncapi/dispatcher.ts';
import { defined } from '../api/defined.ts';
import { isPlaceOrderIssue, type PlaceOrderBody, placeOrderCommand } from '../api/place-order.ts';
import { orderBody } from '../api/views.ts';
import { checkScope } from '../auth/authenticate.ts';
import { type CommandResult, formatTimestamp, type OrderSnapshot } from '../core/index.ts';
import { type VenueCommandInput, VenueUnavailableError } from '../venue.ts';
import type { Session } from './connection.ts';
import { charge, type Gateway, type MessageCtx, weightOf } from './context.ts';
import { isOpen } from './private-streams.ts';
import {
  authProblem,
  coreProblem,
  errorReply,
  notLoggedIn,
  type ProblemInit,
  problem,
  unavailable,
} from './problems.ts';
import { type OrderJson, orderReply, placeOrderReply } from './reply-text.ts';

type EntryOp = 'placeOrder' | 'cancelOrder' | 'amendOrder' | 'cancelAllOrders' | 'setCancelAllAfter';
type OrderEntryHandlers = Pick<ClientHandlers<MessageCtx>, EntryOp>;

/** Exactly one of the two identifiers, as the message schema guarantees. */
function orderRef(m: { orderId?: string; clientOrderId?: string }) {
  return m.orderId !== undefined ? { orderId: m.orderId } : { clientOrderId: m.clientOrderId as string };
}

export function orderEntryHandlers(gateway: Gateway): OrderEntryHandlers {
  const { venue, deadMansSwitch } = gateway.deps;

  /** Rate limit, login and the `trade` scope, in that order; the session when all pass. */
  const admit = (ctx: MessageCtx, op: EntryOp): Session | ProblemInit => {
    const orderEntry = op === 'placeOrder' || op === 'amendOrder';
    const limited = charge(gateway, ctx.connection, weightOf(op), orderEntry);
    if (limited) return limited;
    const session = ctx.connection.session;
    if (!session) return notLoggedIn('Order entry');
    const failure = checkScope(session.key, 'trade');
    return failure ? authProblem(failure) : session;
  };

  /**
   * Submits now and answers once durable: `answer` turns the durable result (or the refusal) into
   * the reply, called from the venue's durable callback. One promise per request, the one the
   * handler returns; the venue's own promise and a `.then` per step each cost another promise
   * and microtask per order. `answer` is made once per operation, not per request: what it needs
   * of the request (id, session) travels on `ctx`. Stream messages wait for the reply meanwhile
   * (`ticket`).
   */
  const submit = <T>(
    ctx: MessageCtx,
    input: VenueCommandInput,
    answer: (ctx: MessageCtx, result: CommandResult | ProblemInit) => T,
  ): Promise<T> => {
    ctx.ticket = ctx.connection.awaitReply();
    // Only cancel-on-disconnect waits for the submissions in flight (the session is set before
    // any order entry and never changes), so the others are not tracked.
    const inFlight = ctx.connection.session?.cancelOnDisconnect ? ctx.connection.inFlight : undefined;
    const pending = new Promise<T>((resolve, reject) => {
      // The callback always runs asynchronously, after `pending` is assigned.
      venue.submitWithCallback(input, (error, result) => {
        inFlight?.delete(pending);
        if (error !== undefined && !(error instanceof VenueUnavailableError)) return reject(error);
        try {
          resolve(answer(ctx, error === undefined ? (result as CommandResult) : unavailable()));
        } catch (thrown) {
          reject(thrown);
        }
      });
    });
    inFlight?.add(pending);
    return pending;
  };

  const view = (order: OrderSnapshot) => orderBody(venue.engine.orderView(order)) as OrderJson;
  const isProblem = (x: object): x is ProblemInit => 'code' in x && 'status' in x;
  /** The reply's order, or why the command failed. */
  const orderOutcome = (result: CommandResult): OrderJson | ProblemInit =>
    result.ok && result.order
      ? view(result.order)
      : coreProblem(result.error ?? { code: 'ORDER_NOT_FOUND', message: 'No such order.' });

  /** The cancelOrder or amendOrder reply for a durable (or refused) command on one order. */
  const singleOrderAnswer =
    <Op extends 'cancelOrder' | 'amendOrder'>(op: Op) =>
    (ctx: MessageCtx, result: CommandResult | ProblemInit) => {
      const id = ctx.id as number | string;
      const outcome = isProblem(result) ? result : orderOutcome(result);
      return isProblem(outcome) ? errorReply(id, op, outcome) : orderReply(id, op, outcome);
    };
  const canceled = singleOrderAnswer('cancelOrder');
  const amended = singleOrderAnswer('amendOrder');

  /** amendOrder: one command on one order, answered with that order. */
  const singleOrder = <Op extends 'cancelOrder' | 'amendOrder'>(
    op: Op,
    id: string | number,
    ctx: MessageCtx,
    answer: ReturnType<typeof singleOrderAnswer<Op>>,
    command: (session: Session) => VenueCommandInput,
  ) => {
    const session = admit(ctx, op);
    if (isProblem(session)) return errorReply(id, op, session);
    ctx.id = id;
    return submit(ctx, command(session), answer);
  };

  /** The placeOrder reply for a durable (or refused) command. */
  const placed = (ctx: MessageCtx, result: CommandResult | ProblemInit) => {
    const id = ctx.id as number | string;
    if (isProblem(result)) return errorReply(id, 'placeOrder', result);
    const { order } = result;
    // A resend of a recorded order answers that order, whatever its outcome was (as REST does).
    if (order && (result.ok || result.replayed)) {
      if (ctx.session?.cancelOnDisconnect && !result.replayed && isOpen(order.status)) {
        ctx.connection.placedOrders.add(order.orderId);
      }
      return placeOrderReply(id, view(order), result.replayed === true);
    }
    const error = result.error ?? {
      code: 'VALIDATION_FAILED' as const,
      message: 'The order was rejected.',
    };
    return errorReply(id, 'placeOrder', coreProblem(error));
  };

  return {
    placeOrder(message, ctx) {
      const session = admit(ctx, 'placeOrder');
      if (isProblem(session)) return errorReply(message.id, 'placeOrder', session);
      const command = placeOrderCommand(session.accountId, message.order as PlaceOrderBody, '/order');
      if (isPlaceOrderIssue(command)) {
        return errorReply(message.id, 'placeOrder', {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'The expireAt timestamp is not valid.',
          errors: [command],
        });
      }
      ctx.id = message.id;
      ctx.session = session;
      return submit(ctx, command, placed);
    },

    // Spelled out, not through singleOrder: no command-building closure and no spread of an
    // orderRef object per cancel, a hot request. The command's keys are in the same order.
    cancelOrder(message, ctx) {
      const session = admit(ctx, 'cancelOrder');
      if (isProblem(session)) return errorReply(message.id, 'cancelOrder', session);
      ctx.id = message.id;
      const { accountId } = session;
      const command: VenueCommandInput =
        message.orderId !== undefined
          ? { type: 'cancelOrder', accountId, orderId: message.orderId }
          : { type: 'cancelOrder', accountId, clientOrderId: message.clientOrderId as string };
      return submit(ctx, command, canceled);
    },

    amendOrder: (message, ctx) =>
      singleOrder('amendOrder', message.id, ctx, amended, (session) => {
        const { price, quantity } = message.changes as { price?: string; quantity?: string };
        return {
          type: 'amendOrder',
          accountId: session.accountId,
          ...orderRef(message),
          ...defined({ price, quantity }),
        };
      }),

    cancelAllOrders(message, ctx) {
      const session = admit(ctx, 'cancelAllOrders');
      if (isProblem(session)) return errorReply(message.id, 'cancelAllOrders', session);
      const command = {
        type: 'cancelAll' as const,
        accountId: session.accountId,
        ...defined({ market: message.market }),
      };
      return submit(ctx, command, (_ctx, result) => {
        if (isProblem(result)) return errorReply(message.id, 'cancelAllOrders', result);
        if (!result.ok) {
          const error = result.error ?? { code: 'MARKET_NOT_FOUND' as const, message: 'No such market.' };
          return errorReply(message.id, 'cancelAllOrders', coreProblem(error));
        }
        return {
          id: message.id,
          op: 'cancelAllOrders' as const,
          result: { data: (result.canceled ?? []).map(view) },
        };
      });
    },

    setCancelAllAfter(message, ctx) {
      const session = admit(ctx, 'setCancelAllAfter');
      if (isProblem(session)) return errorReply(message.id, 'setCancelAllAfter', session);
      // The switch is the account's, shared with REST: no command goes to the venue (it is not
      // journaled), so there is nothing to wait for before replying.
      if (deadMansSwitch === undefined) {
        return errorReply(
          message.id,
          'setCancelAllAfter',
          problem(503, 'SERVICE_UNAVAILABLE', "The dead man's switch is not available on this venue."),
        );
      }
      const status = deadMansSwitch.arm(session.accountId, message.timeoutMs);
      const triggerAt = status.triggerAt === null ? null : formatTimestamp(status.triggerAt);
      return { id: message.id, op: 'setCancelAllAfter', result: { timeoutMs: status.timeoutMs, triggerAt } };
    },
  };
}
