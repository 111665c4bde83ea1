export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'no_vault',
  'vault_exists',
  'locked',
  'wrong_secret',
  'vault_damaged',
  'vault_missing',
  'key_file_damaged',
  'too_many_attempts',
  'not_found',
  'internal',
] as const;
export type ApiErrorCode = (typeof errorCodes)[number];

/** What crosses the boundary instead of an exception: never a stack trace. */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Field path (as "carers.0.phone") to a sentence the form shows next to that field. */
  fields?: Record<string, string>;
  retryAfterSeconds?: number;
  /** What the screen can offer the worker as the way out: restoring a backup, or using the key file's copy. */
  offer?: 'restore' | 'use_key_copy';
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for failures the user can act on; anything else becomes `internal`. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export function fail(
  code: ApiErrorCode,
  message: string,
  extra: Omit<ApiError, 'code' | 'message'> = {},
): never {
  throw new ApiFailure({ code, message, ...extra });
}
