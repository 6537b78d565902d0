/**
 * Every code AppError carries and the HTTP status lib/http/to-http-response.ts answers it with: the
 * one list of codes, which the OpenAPI document's error schema is derived from too.
 */
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

/** The one error type domain code throws; lib/http/to-http-response.ts maps it to HTTP once. */
export type ErrorCode = keyof typeof errorStatus;
export type ErrorStatus = (typeof errorStatus)[ErrorCode];
export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  /** Machine-readable facts a client acts on (e.g. the runbooks that block a delete); sent as error.details. */
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, options: { field?: string; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const conflict = (message: string) => new AppError("conflict", message);
