import type { z } from 'zod';

/** A method's contract: a zod schema for what it takes, and (as a type only) what it gives back. */
export interface Method<Input extends z.ZodType, Output> {
  readonly input: Input;
  /** Needs an unlocked vault; the dispatcher refuses the call with `locked` otherwise. */
  readonly needsVault: boolean;
  readonly __output?: Output;
}

/** Each area declares its methods with this in its own file; shared/api.ts joins them into the one contract. */
export function method<Input extends z.ZodType>(input: Input, needsVault = true) {
  return { returns: <Output>(): Method<Input, Output> => ({ input, needsVault }) };
}
