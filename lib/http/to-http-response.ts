import { ZodError } from "zod";
import { describeError } from "@/lib/db/describe-error";
import { isTransientDbError } from "@/lib/db/transient-error";
import { AppError, errorStatus, type ErrorCode } from "@/lib/errors";

export interface ErrorBody {
  error: { code: ErrorCode | "internal"; message: string; field?: string; details?: Record<string, unknown> };
}

function errorResponse(code: ErrorCode | "internal", message: string, field?: string, headers?: HeadersInit, details?: Record<string, unknown>): Response {
  const status = code === "internal" ? 500 : errorStatus[code];
  const body: ErrorBody = { error: { code, message, ...(field ? { field } : {}), ...(details ? { details } : {}) } };
  return Response.json(body, { status, headers });
}

/** How long a client is asked to wait before calling again when the database could not be reached. */
const unavailableRetrySeconds = 2;

/**
 * Maps any thrown value to the one error format. Unknown errors are logged and never shown. A
 * database that could not be reached, or was too busy (lib/db/transient-error.ts), is 503 with Retry-After, not 500:
 * the call was right and will succeed later, and a remote worker retries 503 where it would fail
 * the job on a 500.
 */
export function toHttpResponse(err: unknown): Response {
  if (err instanceof AppError) {
    const retryAfter = err.code === "rate_limited" ? err.details?.retryAfterSeconds : undefined;
    return errorResponse(err.code, err.message, err.field, typeof retryAfter === "number" ? { "retry-after": String(retryAfter) } : undefined, err.details);
  }
  if (err instanceof ZodError) {
    const issue = err.issues[0]!;
    const field = issue.path.join(".");
    return errorResponse("validation_failed", field ? `${field}: ${issue.message}` : issue.message, field || undefined);
  }
  if (isTransientDbError(err)) {
    console.error(`[baton] the database is busy or unreachable (${describeError(err)})`);
    return errorResponse("unavailable", "The database is busy or unreachable; try again shortly", undefined, { "retry-after": String(unavailableRetrySeconds) });
  }
  const prismaCode = (err as { code?: unknown })?.code;
  if (prismaCode === "P2025") return errorResponse("not_found", "Not found");
  if (prismaCode === "P2002") {
    const target = (err as { meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } }).meta;
    const fields = target?.driverAdapterError?.cause?.constraint?.fields ?? (Array.isArray(target?.target) ? (target?.target as string[]) : []);
    const field = fields.join(", ");
    return errorResponse("conflict", field ? `${field} is already in use` : "A record with these values already exists", field || undefined);
  }
  console.error("[baton] unhandled error in request:", err);
  return errorResponse("internal", "Internal server error");
}
