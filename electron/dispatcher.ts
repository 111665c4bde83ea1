import type { z } from 'zod';
import { api, isMethodName } from '../shared/api';
import { ApiFailure, type ApiResult } from '../shared/errors';
import type { Linkbook } from './linkbook';

function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        fields[[...issue.path, key].join('.')] = 'This field is not expected here.';
    } else {
      fields[path] ??= issue.message;
    }
  }
  return fields;
}

/**
 * The one entry point for every transport: validates the payload against the contract, runs the handler,
 * and turns every outcome into a value. Nothing reaches a handler unvalidated; no stack trace leaves.
 */
export async function dispatch(app: Linkbook, method: string, payload: unknown): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'unknown_method', message: `There is no method called "${method}".` },
    };
  }
  const contract = api[method];
  const parsed = contract.input.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Some of the details are not right. Check the highlighted fields.',
        fields: fieldErrors(parsed.error),
      },
    };
  }
  if (contract.needsVault && !app.isUnlocked) {
    return { ok: false, error: { code: 'locked', message: 'Linkbook is locked. Unlock it to carry on.' } };
  }
  app.touch();
  try {
    const handler = app.handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: error.error };
    // Logged without the payload: it may hold a child's details.
    console.error(`Linkbook: ${method} failed:`, error instanceof Error ? error.message : 'unknown error');
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong and nothing was saved. Please try again.' },
    };
  }
}
