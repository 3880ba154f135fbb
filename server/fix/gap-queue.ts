/**
 * Inbound messages that arrived ahead of sequence, held while the gap before them is filled
 * (by the client's resent messages or a SequenceReset), with the one ResendRequest that asked
 * for the gap. Bounded: a client that keeps running ahead is logged out.
 */
import type { Field } from './codec.ts';

export type HoldResult = 'held' | 'heldRequestResend' | 'full';

export class GapQueue {
  private readonly held = new Map<number, Field[]>();
  private resendRequested = false;

  constructor(private readonly max: number) {}

  /** Holds a message; asks for a ResendRequest only for the first message of a gap. */
  hold(seq: number, fields: Field[]): HoldResult {
    if (this.held.size >= this.max) return 'full';
    this.held.set(seq, fields);
    if (this.resendRequested) return 'held';
    this.resendRequested = true;
    return 'heldRequestResend';
  }

  /** Removes and answers the held message with this sequence number, if any. */
  take(seq: number): Field[] | undefined {
    const fields = this.held.get(seq);
    if (fields !== undefined) this.held.delete(seq);
    return fields;
  }

  /** The expected number moved to `next`: anything below it is stale, and an empty queue ends the gap. */
  advancedTo(next: number): void {
    for (const seq of this.held.keys()) if (seq < next) this.held.delete(seq);
    if (this.held.size === 0) this.resendRequested = false;
  }
}
