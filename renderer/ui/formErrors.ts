import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from '../api/client';
import type { FieldProblem } from './ErrorSummary';

/** react-hook-form's nested errors ({ children: [{ name: {...} }] }) as a flat list in form order. */
export function listProblems(errors: FieldErrors, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    // An array's own error ("Add at least one child.") sits under "root" beside its items' errors.
    const name = key === 'root' ? prefix.replace(/\.$/, '') : `${prefix}${key}`;
    const entry = value as { message?: unknown; type?: unknown };
    if (typeof entry.type === 'string') {
      if (typeof entry.message === 'string' && entry.message) problems.push({ name, message: entry.message });
    } else {
      problems.push(...listProblems(value as FieldErrors, `${name}.`));
    }
  }
  return problems;
}

/**
 * Puts the server's per-field sentences next to the fields they belong to, and returns the message for
 * the whole form (the one thing to show when no field is to blame).
 */
export function showServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
): string {
  if (!(error instanceof ApiCallError))
    return 'Something went wrong and nothing was saved. Please try again.';
  const fields = Object.entries(error.error.fields ?? {});
  fields.forEach(([name, message], index) => {
    setError(name as Path<Values>, { type: 'server', message }, { shouldFocus: index === 0 });
  });
  return error.error.message;
}

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
