/**
 * A handler that throws answers 500 INTERNAL_ERROR with a detail and the request id (the
 * contract requires both), and the error goes to the log, never to the client.
 */
type AnyHandler = (input: unknown, ctx: { requestId: string | undefined }) => unknown;

export function safeHandlers<H extends object>(
  handlers: H,
  onThrow: (operation: string, error: unknown, requestId: string | undefined) => void,
): H {
  const out: Record<string, AnyHandler> = {};
  for (const [operation, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
    out[operation] = async (input, ctx) => {
      try {
        return await handler(input, ctx);
      } catch (error) {
        onThrow(operation, error, ctx.requestId);
        return {
          problem: {
            status: 500,
            code: 'INTERNAL_ERROR',
            detail: 'An unexpected error occurred; quote the requestId if you contact support.',
          },
        };
      }
    };
  }
  return out as H;
}
