/**
 * Order entry over REST. Placement always carries a `clientOrderId` (generated when the caller
 * gave none), which makes it safe to retry: the venue answers an identical resend with the
 * original order. When every retry failed without a usable answer, the outcome is resolved by
 * looking the order up by that clientOrderId before giving up.
 */
import type { Resources } from '../../generated/openapi/sdk.ts';
import type { components, operations } from '../../generated/openapi/types.ts';
import type { Caller, RequestOptions } from './call.ts';
import { APIConnectionError, InternalServerError, type OpenVenueError } from './errors.ts';
import { newClientOrderId } from './ids.ts';
import { PagedList, withCursor } from './pagination.ts';

type Schemas = components['schemas'];
export type Order = Schemas['Order'];
export type PlaceOrderParams = Schemas['PlaceOrderRequest'];
export type AmendOrderParams = Schemas['AmendOrderRequest'];
export type OrderRef = Schemas['OrderRef'];
/** One entry of a batch answer: the order, or the problem that refused it. */
export type OrderResult = Schemas['OrderResult'];
export type CancelAllAfterStatus = Schemas['CancelAllAfterStatus'];
export type ListOrdersQuery = Omit<NonNullable<operations['listOrders']['parameters']['query']>, 'cursor'>;

/** Placement is made idempotent by its clientOrderId, so it retries like a read. */
const IDEMPOTENT = { retry: true, signed: true } as const;
/** An amend repeated after a lost answer could act on a since-changed order: never retried. */
const NOT_REPEATABLE = { retry: false, signed: true } as const;

/** No answer, or a server fault: the order may or may not have been recorded. */
function ambiguous(error: unknown): boolean {
  return error instanceof APIConnectionError || error instanceof InternalServerError;
}

export class OrdersResource {
  constructor(
    private readonly raw: Resources['orders'],
    private readonly caller: Caller,
  ) {}

  /**
   * Place one order and answer it as recorded (it may already be filled). Errors carry the
   * `clientOrderId` used, so a caller can always look the outcome up.
   */
  async place(order: PlaceOrderParams, options: RequestOptions = {}): Promise<Order> {
    const body: PlaceOrderParams = { ...order, clientOrderId: order.clientOrderId ?? newClientOrderId() };
    const clientOrderId = body.clientOrderId as string;
    try {
      return await this.caller.call((init) => this.raw.placeOrder({ body, ...init }), IDEMPOTENT, options);
    } catch (error) {
      if (error && typeof error === 'object') (error as OpenVenueError).clientOrderId = clientOrderId;
      if (!ambiguous(error) || options.signal?.aborted) throw error;
      try {
        return await this.getByClientOrderId(clientOrderId, { ...options, maxRetries: 2 });
      } catch {
        // Not found: nothing was recorded, so the original failure stands. A failed lookup leaves
        // the outcome unknown, which the original error (carrying its clientOrderId) says best.
        throw error;
      }
    }
  }

  /** Up to 20 orders; one result per order, in order. Each gets a clientOrderId if it has none. */
  async placeBatch(orders: readonly PlaceOrderParams[], options?: RequestOptions): Promise<OrderResult[]> {
    const body = {
      orders: orders.map((o) => ({ ...o, clientOrderId: o.clientOrderId ?? newClientOrderId() })),
    };
    const answer = await this.caller.call(
      (init) => this.raw.placeOrderBatch({ body, ...init }),
      IDEMPOTENT,
      options,
    );
    return answer.data;
  }

  get(orderId: string, options?: RequestOptions): Promise<Order> {
    return this.caller.call(
      (init) => this.raw.getOrder({ params: { path: { orderId } }, ...init }),
      IDEMPOTENT,
      options,
    );
  }

  getByClientOrderId(clientOrderId: string, options?: RequestOptions): Promise<Order> {
    return this.caller.call(
      (init) => this.raw.getOrderByClientOrderId({ params: { path: { clientOrderId } }, ...init }),
      IDEMPOTENT,
      options,
    );
  }

  /** Orders newest first across every page; `status` defaults to the venue's (`open`). */
  list(query: ListOrdersQuery = {}, options?: RequestOptions): PagedList<Order> {
    return new PagedList((cursor) =>
      this.caller.call(
        (init) =>
          this.raw.listOrders({
            params: { query: withCursor(query, cursor) },
            ...init,
          }),
        IDEMPOTENT,
        options,
      ),
    );
  }

  amend(orderId: string, changes: AmendOrderParams, options?: RequestOptions): Promise<Order> {
    return this.caller.call(
      (init) => this.raw.amendOrder({ params: { path: { orderId } }, body: changes, ...init }),
      NOT_REPEATABLE,
      options,
    );
  }

  // A repeated cancel cannot cancel anything else: at worst it answers ORDER_ALREADY_CLOSED.
  cancel(orderId: string, options?: RequestOptions): Promise<Order> {
    return this.caller.call(
      (init) => this.raw.cancelOrder({ params: { path: { orderId } }, ...init }),
      IDEMPOTENT,
      options,
    );
  }

  cancelByClientOrderId(clientOrderId: string, options?: RequestOptions): Promise<Order> {
    return this.caller.call(
      (init) => this.raw.cancelOrderByClientOrderId({ params: { path: { clientOrderId } }, ...init }),
      IDEMPOTENT,
      options,
    );
  }

  /** Cancels every open order (of one market if given); answers the canceled orders. */
  async cancelAll(query: { market?: string } = {}, options?: RequestOptions): Promise<Order[]> {
    const answer = await this.caller.call(
      (init) => this.raw.cancelAllOrders({ params: { query }, ...init }),
      IDEMPOTENT,
      options,
    );
    return answer.data;
  }

  async cancelBatch(orders: readonly OrderRef[], options?: RequestOptions): Promise<OrderResult[]> {
    const answer = await this.caller.call(
      (init) => this.raw.cancelOrderBatch({ body: { orders: [...orders] }, ...init }),
      IDEMPOTENT,
      options,
    );
    return answer.data;
  }

  /** The dead man's switch: cancel everything unless called again within `timeoutMs`; 0 disarms. */
  cancelAllAfter(timeoutMs: number, options?: RequestOptions): Promise<CancelAllAfterStatus> {
    return this.caller.call(
      (init) => this.raw.setCancelAllAfter({ body: { timeoutMs }, ...init }),
      IDEMPOTENT,
      options,
    );
  }
}
