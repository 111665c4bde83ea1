import { ApiCallError } from '../../api/client';

/**
 * The server names fields by the contract's paths ("passedToDsl.dslName", "occurredAt"); a form whose
 * fields are arranged differently renames them, so each message still lands beside its own field.
 */
export function renameServerFields(error: unknown, rename: (path: string) => string): unknown {
  if (!(error instanceof ApiCallError) || !error.error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.error.fields).map(([path, message]) => [rename(path), message]),
  );
  return new ApiCallError({ ...error.error, fields });
}
