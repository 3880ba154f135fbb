import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancesUpdateEvent, executionsEvent, ordersUpdateEvent } from '../../generated/asyncapi/events.ts';
import { streamText } from '../../server/ws/private-streams.ts';

describe('streamText', () => {
  it('writes exactly what JSON.stringify of the generated event writes, for any seq and data', () => {
    const data = fc.dictionary(
      fc.string(),
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string())),
    );
    fc.assert(
      fc.property(data, fc.nat(), (d, seq) => {
        for (const build of [ordersUpdateEvent, executionsEvent, balancesUpdateEvent]) {
          const text = streamText(build as (f: { seq: number; data: unknown }) => object, d)(seq);
          expect(text).toBe(JSON.stringify(build({ seq, data: d } as never)));
        }
      }),
    );
  });

  it('keeps a seq of -1 inside the data apart from the envelope', () => {
    const data = { note: '"seq":-1', seq: -1 };
    expect(streamText(ordersUpdateEvent as never, data)(7)).toBe(
      JSON.stringify(ordersUpdateEvent({ seq: 7, data } as never)),
    );
  });
});
