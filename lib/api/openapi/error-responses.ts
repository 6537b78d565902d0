import { errorCodes, type ErrorStatus } from "@/lib/errors";
import type { RouteOperation } from "./operation";

/** The shared error body: `{"error": {"code", "message", "field"?, "details"?}}`. */
export const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [...errorCodes, "internal"],
        },
        message: { type: "string", description: "A sentence for people; names the field when one is wrong." },
        field: { type: "string", description: "The input field (dotted path) the error is about." },
        details: { type: "object", description: "Machine-readable facts a client acts on, e.g. the runbooks that block a delete." },
      },
    },
  },
} as const;

/** Status → name of the shared response in components.responses and what it means in this API; one per status the error codes map to. */
export const errorResponses: Record<ErrorStatus, { name: string; description: string }> = {
  400: { name: "BadRequest", description: "The body is not valid JSON." },
  401: { name: "Unauthorized", description: "No valid session or API token." },
  403: {
    name: "Forbidden",
    description:
      "The caller lacks the permission (or it does not cover the runbook's tags); or, with code `password_change_required`, the session's user must change their password first (PUT /me/password).",
  },
  404: { name: "NotFound", description: "The resource does not exist." },
  409: { name: "Conflict", description: "The resource's state does not allow this (e.g. a name in use, a job already finished)." },
  413: { name: "PayloadTooLarge", description: "The body exceeds the route's size limit." },
  415: { name: "UnsupportedMediaType", description: "The body is not application/json." },
  422: { name: "ValidationFailed", description: "A parameter, query value or body field is invalid; `error.field` names it." },
  429: { name: "RateLimited", description: "Too many calls; wait for the Retry-After header's seconds." },
  503: { name: "Unavailable", description: "A dependency (PowerShell, the database) cannot serve the request now." },
};

/** The error statuses an operation can answer with, from what it declares and reads. */
export function errorStatusesOf(op: RouteOperation): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(op.errors ?? []);
  if (op.access !== "public") statuses.add(401);
  // Any signed-in session can be refused with password_change_required, whatever the route's permission.
  if (op.access !== "public" && op.access !== "job") statuses.add(403);
  if (op.params) statuses.add(404).add(422);
  if (op.query) statuses.add(422);
  if (op.body) statuses.add(400).add(413).add(415).add(422);
  if (op.rawBody) statuses.add(413);
  return [...statuses].sort((a, b) => a - b);
}
