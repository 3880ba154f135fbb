/**
 * A handler that throws answers 500 INTERNAL_ERROR with a detail and the request id (the
 * contract requires both), and the error goes to the log, never to the client.
 *
 * The wrapper adds no promise of its own: a synchronous answer stays synchronous, and an
 * asynchronous one only gains a rejection handler.
 */
type AnyHandler = (input: unknown, ctx: { requestId: string | undefined }) => unknown;

const INTERNAL_ERROR = {
  problem: {
    status: 500,
    code: 'INTERNAL_ERROR',
    detail: 'An unexpected error occurred; quote the requestId if you contact support.',
  },
} as const;

export function safeHandlers<H extends object>(
  handlers: H,
  onThrow: (operation: string, error: unknown, requestId: string | undefined) => void,
): H {
  const out: Record<string, AnyHandler> = {};
  const failed = (operation: string, error: unknown, requestId: string | undefined) => {
    onThrow(operation, error, requestId);
    return INTERNAL_ERROR;
  };
  for (const [operation, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
    out[operation] = (input, ctx) => {
      try {
        const result = handler(input, ctx);
        if (!(result instanceof Promise)) return result;
        return result.then(undefined, (error: unknown) => failed(operation, error, ctx.requestId));
      } catch (error) {
        return failed(operation, error, ctx.requestId);
      }
    };
  }
  return out as H;
}
