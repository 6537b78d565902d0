import type { RouteOperation } from "@/lib/api/openapi/operation";
import { heldJobParamsSchema } from "@/lib/worker-protocol/schemas";
import { protocolOperation } from "@/app/api/v1/worker-protocol/protocol-operation";

/**
 * A step of a job attempt the worker holds: refused with 409 (or 404) when the attempt is no longer
 * this worker's (the reaper re-queued the job, or the transition is not allowed from its status now).
 */
export function heldJobOperation(op: Omit<RouteOperation, "tag" | "access" | "params">): RouteOperation {
  return protocolOperation({ ...op, params: heldJobParamsSchema, errors: [...(op.errors ?? []), 409] });
}
