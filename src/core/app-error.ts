/** Stable error codes: the API returns them, the web app translates them. Never rename one. */
export const errorCodes = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  duplicate: 409,
  setup_done: 409,
  check_expired: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_reference: 422,
  hierarchy_cycle: 422,
  reports_to_cycle: 422,
  too_many_requests: 429,
  internal: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/**
 * One refused field. `code` is stable for clients to translate: zod's issue codes
 * (`too_small`, `invalid_type`, `invalid_format`, …) or ours (`taken`, `unknown_reference`,
 * `cycle`, `owner_role`, `key_account_owner_role`, `last_admin`, `wrong_password`, …).
 */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, errors: FieldError[] = [], retryAfterSeconds?: number) {
    super(message);
    this.code = code;
    this.errors = errors;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return errorCodes[this.code];
  }
}

/** Refuses a request with every field error found at once; does nothing when there is none. */
export function refuse(errors: FieldError[]) {
  if (errors.length > 0) throw new AppError('validation_failed', 'The request has invalid fields', errors);
}

/**
 * A save based on a stale version: someone else saved the record since the caller read it.
 * `record` names it in the message, e.g. "this account".
 */
export function versionConflict(record: string): AppError {
  return new AppError(
    'version_conflict',
    `Someone else changed ${record} meanwhile; reload it and try again`,
  );
}
