import { z } from "zod";
import { streamTypes } from "@/lib/jobs/stream-types";

/**
 * The remote worker protocol's request bodies: what a worker started with `BATON_URL` and a
 * registration token sends to `/api/v1/worker-protocol/…`. The routes and the worker's HTTPS
 * transport (worker/transport/https-transport.ts) share these, so the two cannot drift apart.
 */

const workerName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, "letters, digits, . _ - only (at most 128)");

export const registerRemoteWorkerSchema = z
  .object({
    name: workerName,
    host: z.string().min(1).max(255),
    version: z.string().min(1).max(64),
    pid: z.number().int().min(1).max(2 ** 31 - 1),
    capacity: z.number().int().min(1).max(256),
  })
  .strict();
export type RegisterRemoteWorker = z.infer<typeof registerRemoteWorkerSchema>;

export const workerHeartbeatSchema = z.object({ state: z.enum(["online", "draining", "offline"]) }).strict();

const heldLeaseSchema = z.object({ jobId: z.string().min(1).max(64), attempt: z.number().int().min(1) }).strict();

export const renewLeasesSchema = z.object({ held: z.array(heldLeaseSchema).max(256) }).strict();

/** Longest a claim waits on the server for a job to arrive: under common proxies' idle timeouts (60 s). */
export const maxClaimWaitMs = 25_000;

/**
 * `waitMs` > 0: when nothing is queued, wait that long for a job of the group, then answer without
 * claiming (lib/worker-protocol/claim-jobs-waiting.ts); the worker claims with `waitMs` 0 next.
 */
export const claimJobsSchema = z
  .object({
    max: z.number().int().min(1).max(256),
    waitMs: z.number().int().min(0).max(maxClaimWaitMs).default(0),
  })
  .strict();

export const markJobStoppingSchema = z.object({ reason: z.string().min(1).max(2_000) }).strict();
export const completeJobSchema = z.object({ exitCode: z.number().int().optional() }).strict();
export const failJobSchema = z
  .object({
    reason: z.string().min(1).max(2_000),
    exception: z.string().max(1_000_000).nullable().optional(),
    exitCode: z.number().int().optional(),
  })
  .strict();
export const requeueJobSchema = z.object({ reason: z.string().min(1).max(2_000) }).strict();

const appendRecordSchema = z
  .object({
    type: z.enum(streamTypes),
    ts: z.coerce.date(),
    text: z.string(),
    data: z.unknown().optional(),
    lostRecords: z.number().int().min(1).optional(),
  })
  .strict();

/** One batch of the sink (worker/stream-sink.ts): at most 500 records, which the body limit bounds by size. */
export const appendStreamsSchema = z.object({ firstIndex: z.number().int().min(0), records: z.array(appendRecordSchema).min(1).max(500) }).strict();

/** The sink's batches are at most half its 1 MiB memory limit, plus JSON's escaping. */
export const appendStreamsBodyLimitBytes = 4 * 1024 * 1024;

export const readDebugCommandsSchema = z.object({ handed: z.array(z.number().int().min(1)).max(1_000) }).strict();
export const debugCommandsDeliveredSchema = z.object({ ids: z.array(z.number().int().min(1)).min(1).max(1_000) }).strict();
/** The host's events are Baton's own, already bounded by lib/debug/debug-protocol.ts debugLimits; the name is checked here. */
export const debugEventSchema = z
  .object({ event: z.enum(["breakpoints", "paused", "running", "variables", "evaluated", "refused"]) })
  .passthrough();
export const endDebugSessionSchema = z.object({ reason: z.string().min(1).max(2_000) }).strict();

export const workerIdParamsSchema = z.object({ workerId: z.string().min(1).max(64) });
export const heldJobParamsSchema = z.object({
  workerId: z.string().min(1).max(64),
  jobId: z.string().min(1).max(64),
  attempt: z.coerce.number().int().min(1),
});
export const moduleVersionParamsSchema = z.object({ versionId: z.string().min(1).max(64) });

/** Every path of the protocol, relative to `/api/v1/worker-protocol`; the transport builds its URLs from these. */
export const workerProtocolPaths = {
  register: () => "/register",
  heartbeat: (workerId: string) => `/workers/${enc(workerId)}/heartbeat`,
  leases: (workerId: string) => `/workers/${enc(workerId)}/leases`,
  claims: (workerId: string) => `/workers/${enc(workerId)}/claims`,
  job: (held: { workerId: string; jobId: string; attempt: number }, verb: HeldJobVerb) => `/workers/${enc(held.workerId)}/jobs/${enc(held.jobId)}/attempts/${held.attempt}/${verb}`,
  modules: () => "/modules",
  moduleArchive: (versionId: string) => `/modules/${enc(versionId)}/archive`,
};

/** What a worker does to a job attempt it holds; each is one POST route. */
export const heldJobVerbs = [
  "prepare",
  "stopping-on-worker",
  "running",
  "stopping",
  "completed",
  "failed",
  "stopped",
  "requeued",
  "streams",
  "debug-commands",
  "debug-commands-delivered",
  "debug-running",
  "debug-events",
  "debug-end",
] as const;
export type HeldJobVerb = (typeof heldJobVerbs)[number];

const enc = encodeURIComponent;
