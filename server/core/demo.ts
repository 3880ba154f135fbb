// The demo venue's assets and markets (shared decisions), as commands so they are journaled.
// Decimals make every notional and fee exact: USD 6, BTC 8, ETH 8.

import type { Command } from './types.ts';

export function demoSetupCommands(ts: number): Command[] {
  return [
    { type: 'addAsset', ts, asset: 'USD', decimals: 6 },
    { type: 'addAsset', ts, asset: 'BTC', decimals: 8 },
    { type: 'addAsset', ts, asset: 'ETH', decimals: 8 },
    {
      type: 'addMarket',
      ts,
      market: 'BTC-USD',
      baseAsset: 'BTC',
      quoteAsset: 'USD',
      tickSize: '0.01',
      lotSize: '0.0001',
      minQuantity: '0.0001',
      minNotional: '1.00',
    },
    {
      type: 'addMarket',
      ts,
      market: 'ETH-USD',
      baseAsset: 'ETH',
      quoteAsset: 'USD',
      tickSize: '0.01',
      lotSize: '0.001',
      minQuantity: '0.001',
      minNotional: '1.00',
    },
    {
      type: 'addMarket',
      ts,
      market: 'ETH-BTC',
      baseAsset: 'ETH',
      quoteAsset: 'BTC',
      tickSize: '0.00001',
      lotSize: '0.001',
      minQuantity: '0.001',
      minNotional: '0.0001',
    },
  ];
}
