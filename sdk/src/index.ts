/** `@openvenue/sdk`: the OpenVenue REST and WebSocket client for Node >= 20 and browsers. */
export type { RequestOptions } from './call.ts';
export { type ClientOptions, OpenVenue } from './client.ts';
export * from './errors.ts';
export { newClientOrderId } from './ids.ts';
export type {
  AmendOrderParams,
  CancelAllAfterStatus,
  ListOrdersQuery,
  Order,
  OrderRef,
  OrderResult,
  PlaceOrderParams,
} from './orders.ts';
export { type Page, PagedList } from './pagination.ts';
export type { RateLimitState } from './rate-limit.ts';
export type {
  Account,
  Balance,
  Execution,
  Market,
  OrderBook,
  Position,
  ServerTime,
  Ticker,
  Trade,
} from './resources.ts';
export {
  type Credentials,
  createSigner,
  type Ed25519Credentials,
  type HmacCredentials,
  prehash,
  type Signer,
} from './signing.ts';
export { type ApplyResult, bookChecksum, compareDecimal, type Level, LocalOrderBook } from './ws/book.ts';
export { crc32 } from './ws/crc32.ts';
export type { OpenVenueSocket } from './ws/socket.ts';
export type {
  Channel,
  LifecycleEvents,
  LoginResult,
  SocketEvents,
  SocketLike,
  SocketOptions,
  WebSocketConstructor,
} from './ws/types.ts';
