import os from "node:os";
import { z } from "zod";
import { emptyAsUndefined, parseEnv, databaseUrl, EnvError } from "@/lib/config/env-parse";
import { jobIsolationEnvSchema } from "@/lib/config/job-isolation-env";
import { workerGroupNameSchema } from "@/lib/workers/worker-group-schemas";
import { defaultSharedHostLimits } from "./pwsh-runner/shared-hosts";

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The worker process's environment. Nothing else in the worker reads process.env. */
const workerEnvSchema = z.object({
  DATABASE_URL: databaseUrl,
  // A remote worker: the worker group's registration token (Workers page). The worker then reaches
  // everything through BATON_URL and needs no DATABASE_URL and no master secret.
  BATON_WORKER_TOKEN: z.preprocess(emptyAsUndefined, z.string().startsWith("bwr_", "must be a worker registration token (bwr_…) from the Workers page").optional()),
  // PEM file of a CA (or the certificate itself) to trust beside Node's bundled roots, for a web
  // service whose certificate a private CA signed; its jobs' PowerShell trusts it too.
  BATON_CA_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
  // The web service the automation cmdlets inside runbooks call, and a remote worker's platform.
  BATON_URL: z.preprocess(emptyAsUndefined, z.url("must be a URL such as http://127.0.0.1:3000").default("http://127.0.0.1:3000")),
  BATON_WORKER_NAME: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, "letters, digits, . _ - only (at most 128)")
      .default(`${os.hostname()}-${process.pid}`),
  ),
  BATON_WORKER_GROUP: z.preprocess(emptyAsUndefined, workerGroupNameSchema.default("default")),
  // Jobs run at once by this worker.
  BATON_WORKER_CAPACITY: z.preprocess(emptyAsUndefined, count(1, 256).default(2)),
  // Pre-started pwsh processes waiting for a job (0 = start one per job).
  BATON_WORKER_POOL_SIZE: z.preprocess(emptyAsUndefined, count(0, 64).default(2)),
  // pwsh processes starting at once, pooled or for a job (the rest wait); default the machine's cores.
  BATON_WORKER_HOST_STARTS: z.preprocess(emptyAsUndefined, count(1, 64).default(os.availableParallelism())),
  // On SIGTERM, how long running jobs may finish before they are stopped.
  BATON_WORKER_DRAIN_SECONDS: z.preprocess(emptyAsUndefined, count(0, 86_400).default(30)),
  // When a shared job host (README › Job isolation) is retired: after this many jobs, minutes, MiB of
  // resident memory, or seconds without a job of its runbook.
  BATON_SHARED_HOST_MAX_JOBS: z.preprocess(emptyAsUndefined, count(1, 1_000_000).default(defaultSharedHostLimits.maxJobs)),
  BATON_SHARED_HOST_MAX_MINUTES: z.preprocess(emptyAsUndefined, count(1, 10_080).default(defaultSharedHostLimits.maxAgeMs / 60_000)),
  BATON_SHARED_HOST_MAX_MEMORY_MB: z.preprocess(emptyAsUndefined, count(64, 1_048_576).default(defaultSharedHostLimits.maxWorkingSetBytes / 1024 / 1024)),
  BATON_SHARED_HOST_IDLE_SECONDS: z.preprocess(emptyAsUndefined, count(1, 86_400).default(defaultSharedHostLimits.idleMs / 1000)),
  BATON_PWSH: z.preprocess(emptyAsUndefined, z.string().optional()),
  // The worker keeps its copy of the integration modules in <BATON_DATA_DIR>/workers/<name>/modules.
  BATON_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("./data")),
  ...jobIsolationEnvSchema.shape,
});

export type WorkerEnv = z.infer<typeof workerEnvSchema>;

/** Parses the environment; an invalid variable throws EnvError naming it in one line. */
export function getWorkerEnv(source: Record<string, string | undefined> = process.env): WorkerEnv {
  const env = parseEnv(workerEnvSchema, source);
  if (env.BATON_WORKER_TOKEN && source.DATABASE_URL) {
    throw new EnvError("Invalid environment variable DATABASE_URL: a remote worker (BATON_WORKER_TOKEN) reaches the platform through BATON_URL only; unset one of the two");
  }
  if (env.BATON_WORKER_TOKEN && !isSecureOrLoopback(env.BATON_URL)) {
    throw new EnvError("Invalid environment variable BATON_URL: a remote worker sends its token over it, so it must be https:// (http:// only to this machine)");
  }
  return env;
}

function isSecureOrLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" || hostname === "localhost" || hostname === "[::1]" || /^127\./.test(hostname);
}
