import { z } from "zod";
import { emptyAsUndefined } from "./env-parse";

const limit = (max: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(max));

/**
 * How runbook code (jobs on a worker, module inspection on the web server) is kept from the
 * platform's secrets and from other jobs. The worker and the web service both read these variables,
 * so an uploaded module is inspected exactly as a job would run it. 0 turns a limit off.
 */
export const jobIsolationEnvSchema = z.object({
  // sandbox: bubblewrap (own PID namespace, own /tmp, only the job's files); user: only another uid; none: as the worker.
  BATON_JOB_ISOLATION: z.preprocess(emptyAsUndefined, z.enum(["sandbox", "user", "none"]).default("sandbox")),
  // The unprivileged account jobs run as. Required when Baton runs as root (npm run setup:job-user creates baton-job).
  BATON_JOB_USER: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, "must be a Unix user name such as baton-job").optional()),
  BATON_JOB_MEMORY_MB: limit(1_048_576).default(1024),
  BATON_JOB_MAX_PROCESSES: limit(1_000_000).default(2048),
  BATON_JOB_CPU_SECONDS: limit(31_536_000).default(3600),
  // Niceness added to job processes (0 = as the worker), so starting PowerShell never starves the web service or the worker.
  BATON_JOB_NICE: limit(19).default(10),
  // CPU weight of all job processes together against the rest of the host, as cgroup v2 counts it (100 = one ordinary process; 0 = no control group).
  BATON_JOB_CPU_WEIGHT: limit(10_000).default(0),
});

export type JobIsolationEnv = z.infer<typeof jobIsolationEnvSchema>;
