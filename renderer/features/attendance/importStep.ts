import { ApiCallError } from '../../api/client';

/** A step's failure as the worker sees it: sentences by field where the server named one, else one message. */
export interface StepProblem {
  message: string | null;
  fields: Record<string, string>;
}

export const noProblem: StepProblem = { message: null, fields: {} };

export function problemOf(error: unknown): StepProblem {
  if (error instanceof ApiCallError)
    return error.error.fields && Object.keys(error.error.fields).length > 0
      ? { message: null, fields: error.error.fields }
      : { message: error.error.message, fields: {} };
  return { message: 'Something went wrong and nothing was imported. Please try again.', fields: {} };
}
