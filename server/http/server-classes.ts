/**
 * Request and response classes for `http.createServer` that make every request and response an
 * object of the Express app's own prototypes (`app.request`, `app.response`) from birth.
 *
 * Express hands each request to the app with `Object.setPrototypeOf(req, app.request)` and the same
 * for the response. Swapping the prototype of a live object is among the most expensive things a
 * V8 program can do: it changes the object's hidden class and invalidates the inline caches of
 * every function that had seen it (Node's own HTTP internals included). Measured on this machine
 * with a two-middleware Express hello-world under the bench:http client: about 120 µs of CPU per
 * request with the swap, about 50 µs without it. Objects that already have the target prototype
 * make that call a no-op, and nothing else changes: same methods, same getters, same Node classes
 * underneath (the constructors are Node's, run on objects with these prototypes).
 */
import http from 'node:http';
import type { Express } from 'express';

export interface ServerClasses {
  IncomingMessage: typeof http.IncomingMessage;
  ServerResponse: typeof http.ServerResponse;
}

type Constructor = (this: object, ...args: never[]) => void;

/** `IncomingMessage` and `ServerResponse` options for `http.createServer(options, app)`. */
export function serverClasses(app: Express): ServerClasses {
  // Node calls `new ServerOptions.IncomingMessage(socket)`: with this function as the class, the
  // object is born with `AppRequest.prototype`, i.e. exactly `app.request`, and Node's own
  // constructor initialises it. (Node's constructors are plain functions, so `call` works; the
  // measured alternative, Reflect.construct with a new.target, costs more than the swap it saves.)
  const IncomingMessage = http.IncomingMessage as unknown as Constructor;
  const ServerResponse = http.ServerResponse as unknown as Constructor;
  function AppRequest(this: object, socket: never) {
    IncomingMessage.call(this, socket);
  }
  AppRequest.prototype = app.request;
  function AppResponse(this: object, req: never, options: never) {
    ServerResponse.call(this, req, options);
  }
  AppResponse.prototype = app.response;
  return {
    IncomingMessage: AppRequest as unknown as typeof http.IncomingMessage,
    ServerResponse: AppResponse as unknown as typeof http.ServerResponse,
  };
}
