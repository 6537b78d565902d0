import type { z } from "zod";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApiHandler } from "@/lib/http/api-route";
import { toHttpResponse } from "@/lib/http/to-http-response";
import type { HeldJob } from "@/lib/queue/held-job";
import { authenticateWorkerToken, type AuthenticatedWorkerToken } from "@/lib/workers/registration-tokens/authenticate-worker-token";
import { loadRemoteWorker, type RemoteWorker } from "./load-remote-worker";
import { heldJobParamsSchema, workerIdParamsSchema } from "./schemas";

export interface WorkerProtocolContext<P> {
  req: Request;
  params: P;
  db: Db;
  /** The registration token the call carries, and the group it admits. */
  token: AuthenticatedWorkerToken;
}

type Result = Promise<Response | unknown>;

/**
 * Wraps a worker protocol route (access "worker"): checks the `Authorization: Bearer bwr_…` token on
 * every call, so a revoked or expired one stops the worker's very next call (401); parses the route
 * params; answers a handler's `undefined` with 204 and anything else as JSON. Errors are mapped by
 * toHttpResponse like every route's: a database that cannot be reached is 503, which the remote
 * worker retries, so a database blink does not read as the job's failure.
 */
export function workerProtocolRoute<S extends z.ZodType = z.ZodType<Record<string, never>>>(
  handler: (ctx: WorkerProtocolContext<z.infer<S>>) => Result,
  options: { params?: S; recordTokenUse?: boolean } = {},
): ApiHandler {
  const wrapped = async (req: Request, ctx: Parameters<ApiHandler>[1]): Promise<Response> => {
    try {
      const db = await getDb();
      const token = await authenticateWorkerToken(db, bearerSecret(req.headers), { recordUse: options.recordTokenUse });
      const rawParams = ctx?.params ? await ctx.params : {};
      const params = (options.params ? options.params.parse(rawParams) : rawParams) as z.infer<S>;
      const result = await handler({ req, params, db, token });
      if (result instanceof Response) return result;
      return result === undefined ? new Response(null, { status: 204 }) : Response.json(result);
    } catch (err) {
      return toHttpResponse(err);
    }
  };
  return Object.assign(wrapped, { access: "worker" as const });
}

/** A route under /workers/{workerId}: the worker must be a remote worker of the token's group. */
export function remoteWorkerRoute(handler: (ctx: WorkerProtocolContext<z.infer<typeof workerIdParamsSchema>> & { worker: RemoteWorker }) => Result): ApiHandler {
  return workerProtocolRoute(async (ctx) => handler({ ...ctx, worker: await loadRemoteWorker(ctx.db, ctx.token, ctx.params.workerId) }), { params: workerIdParamsSchema });
}

/** A route on a job attempt the worker holds: the verb it calls is fenced by `held` (lib/jobs/held-attempt.ts). */
export function heldJobRoute(
  handler: (ctx: WorkerProtocolContext<z.infer<typeof heldJobParamsSchema>> & { worker: RemoteWorker; held: HeldJob }) => Result,
): ApiHandler {
  return workerProtocolRoute(
    async (ctx) => {
      const worker = await loadRemoteWorker(ctx.db, ctx.token, ctx.params.workerId);
      return handler({ ...ctx, worker, held: { jobId: ctx.params.jobId, attempt: ctx.params.attempt, workerId: worker.id, workerName: worker.name } });
    },
    { params: heldJobParamsSchema },
  );
}

function bearerSecret(headers: Headers): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (!match) throw new AppError("unauthorized", "Send the worker group's registration token: Authorization: Bearer bwr_…");
  return match[1]!;
}
