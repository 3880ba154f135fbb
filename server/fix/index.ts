/** The FIX 4.4 gateway: see gateway.ts. */
export { type FixGateway, type FixGatewayOptions, startFixGateway } from './gateway.ts';
export { VENUE_COMP_ID } from './session.ts';
