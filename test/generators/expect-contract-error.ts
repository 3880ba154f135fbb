import { ContractError } from '../../generators/core/contract-error.ts';

/** Runs a transform that must reject its input; answers where and why. */
export function contractError(fn: () => unknown): { pointer: string; reason: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContractError) return { pointer: error.pointer, reason: error.reason };
    throw error;
  }
  throw new Error('expected a ContractError');
}
