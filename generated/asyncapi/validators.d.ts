// Generated from spec/asyncapi/asyncapi.yaml by generators/ws-template — do not edit.
import type { CompiledValidator } from '../runtime/validation.ts';

export declare const clientAmendOrder: CompiledValidator;
export declare const clientCancelAllOrders: CompiledValidator;
export declare const clientCancelOrder: CompiledValidator;
export declare const clientLogin: CompiledValidator;
export declare const clientPing: CompiledValidator;
export declare const clientPlaceOrder: CompiledValidator;
export declare const clientSubscribe: CompiledValidator;
export declare const clientUnsubscribe: CompiledValidator;
export declare const serverAmendOrderReply: CompiledValidator;
export declare const serverBalancesSnapshot: CompiledValidator;
export declare const serverBalancesUpdate: CompiledValidator;
export declare const serverBookSnapshot: CompiledValidator;
export declare const serverBookUpdate: CompiledValidator;
export declare const serverCancelAllOrdersReply: CompiledValidator;
export declare const serverCancelOrderReply: CompiledValidator;
export declare const serverErrorReply: CompiledValidator;
export declare const serverExecutions: CompiledValidator;
export declare const serverLoginReply: CompiledValidator;
export declare const serverOrdersSnapshot: CompiledValidator;
export declare const serverOrdersUpdate: CompiledValidator;
export declare const serverPlaceOrderReply: CompiledValidator;
export declare const serverPong: CompiledValidator;
export declare const serverSubscribeReply: CompiledValidator;
export declare const serverTicker: CompiledValidator;
export declare const serverTrades: CompiledValidator;
export declare const serverUnsubscribeReply: CompiledValidator;
