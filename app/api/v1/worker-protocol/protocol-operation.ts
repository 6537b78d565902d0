import type { RouteOperation } from "@/lib/api/openapi/operation";

/** An operation of the worker protocol: a remote worker's call with its group's `bwr_…` token, retried on 503. */
export function protocolOperation(op: Omit<RouteOperation, "tag" | "access">): RouteOperation {
  return { tag: "Worker protocol", access: "worker", ...op, errors: [...(op.errors ?? []), 503] };
}

