// `npm run worker`: a runbook worker. Claims jobs of its group from the database (DATABASE_URL) or,
// as a remote worker, from the web service (BATON_URL and BATON_WORKER_TOKEN), and runs them in real
// PowerShell until SIGTERM/SIGINT, then drains (see worker/loop.ts shutdown) and exits 0.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EnvError } from "@/lib/config/env-parse";
import { createDb, prepareSqlite } from "@/lib/db/client";
import { describeDbError, describeError } from "@/lib/db/describe-error";
import { redactDatabaseUrl } from "@/lib/config/database-url";
import { describeJobIsolation } from "@/lib/pwsh/describe-job-isolation";
import { openPathForJobUser } from "@/lib/pwsh/ensure-job-user";
import { resolveJobIsolation } from "@/lib/pwsh/job-isolation";
import { locatePwsh } from "@/lib/pwsh/locate-pwsh";
import { configureScriptHelper } from "@/lib/pwsh/shared-script-helper";
import { getWorkerEnv } from "./env";
import { claimTempRoot } from "./pwsh-runner/claim-temp-root";
import { createPwshRunner } from "./pwsh-runner/create-pwsh-runner";
import { startRemoteWorker, startWorker, type RunningWorker, type WorkerOptions } from "./start-worker";
import { httpsTransport } from "./transport/https-transport";

const projectRoot = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  const env = getWorkerEnv();
  const log = (message: string) => console.log(`${new Date().toISOString()} [worker ${env.BATON_WORKER_NAME}] ${message}`);
  const pwsh = locatePwsh({ projectRoot, configured: env.BATON_PWSH });
  if (!pwsh) throw new Error("PowerShell not found (BATON_PWSH, .tools/pwsh, PATH): run npm run setup:pwsh");
  const isolation = resolveJobIsolation(env);
  log(`jobs run ${describeJobIsolation(isolation)}`);
  const tempPrefix = "baton-worker-";
  const tempRoot = path.join(os.tmpdir(), `${tempPrefix}${env.BATON_WORKER_NAME}`);
  for (const dir of claimTempRoot(tempRoot, tempPrefix).removed) log(`removed ${dir}, left behind by a worker that is gone`);
  const moduleCacheDir = path.resolve(projectRoot, env.BATON_DATA_DIR, "workers", env.BATON_WORKER_NAME, "modules");
  // The sandbox mounts it when a host process starts, which can be before the module cache first syncs.
  fs.mkdirSync(moduleCacheDir, { recursive: true, mode: 0o755 });
  if (isolation.user) openPathForJobUser(moduleCacheDir, log);
  // Jobs call BATON_URL too (the automation cmdlets), on a database worker as on a remote one.
  const ca = env.BATON_CA_FILE ? readCaFile(env.BATON_CA_FILE) : undefined;
  const runner = createPwshRunner({
    pwsh,
    isolation,
    readOnlyPaths: [moduleCacheDir],
    ca,
    poolSize: env.BATON_WORKER_POOL_SIZE,
    hostStarts: env.BATON_WORKER_HOST_STARTS,
    tempRoot,
    onPoolError: (err) => log(`could not pre-start PowerShell: ${describeError(err)}`),
    sharedHostLimits: {
      maxJobs: env.BATON_SHARED_HOST_MAX_JOBS,
      maxAgeMs: env.BATON_SHARED_HOST_MAX_MINUTES * 60_000,
      maxWorkingSetBytes: env.BATON_SHARED_HOST_MAX_MEMORY_MB * 1024 * 1024,
      idleMs: env.BATON_SHARED_HOST_IDLE_SECONDS * 1000,
      // Each runbook with jobs running at once keeps up to that many hosts.
      maxIdle: Math.max(2, env.BATON_WORKER_CAPACITY * 2),
    },
    onSharedHostRetired: (pid, reason) => log(`retired shared job host ${pid}: ${reason}`),
  });
  const version = (JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { version: string }).version;
  const options: WorkerOptions = {
    runner,
    name: env.BATON_WORKER_NAME,
    group: env.BATON_WORKER_GROUP,
    capacity: env.BATON_WORKER_CAPACITY,
    apiUrl: env.BATON_URL,
    version,
    log,
    moduleCacheDir,
    spoolDir: path.resolve(projectRoot, env.BATON_DATA_DIR, "workers", env.BATON_WORKER_NAME, "spool"),
  };
  // Resolves when the web service refuses a remote worker's token: it stops, since every call would be refused.
  let tokenRejected: (message: string) => void = () => undefined;
  const rejection = new Promise<string>((resolve) => (tokenRejected = resolve));
  let running: RunningWorker;
  let platform: string;
  let disconnect: () => Promise<void>;
  if (env.BATON_WORKER_TOKEN) {
    const transport = httpsTransport({
      baseUrl: env.BATON_URL,
      token: env.BATON_WORKER_TOKEN,
      ca,
      onTokenRejected: (message) => tokenRejected(message),
    });
    running = await startRemoteWorker({ ...options, transport });
    platform = `web service ${env.BATON_URL} (remote worker)`;
    disconnect = async () => transport.close();
  } else {
    // A second of waiting for SQLite's write lock covers any other process's transaction; beyond that
    // the worker keeps running its jobs and retries (a database outage, worker/retry-while-held.ts).
    const { db, provider, url } = createDb(env.DATABASE_URL, { sqliteBusyTimeoutMs: 1_000 });
    if (provider === "sqlite") await prepareSqlite(db);
    // The scheduler starts jobs from this process; PowerShell checks their parameters here, with this worker's pwsh.
    configureScriptHelper({ pwsh, projectRoot, assemblyCache: path.join(tempRoot, "helper-assembly") });
    running = await startWorker({ ...options, db, databaseUrl: url });
    platform = `database ${redactDatabaseUrl(url)}`;
    disconnect = () => db.$disconnect();
  }
  log(
    `online: group '${running.worker.group}', capacity ${env.BATON_WORKER_CAPACITY}, pool ${env.BATON_WORKER_POOL_SIZE}, ` +
      `pwsh ${pwsh.version ?? pwsh.path}, ${platform}`,
  );

  const reason = await Promise.race([
    new Promise<string>((resolve) => {
      process.once("SIGTERM", () => resolve("SIGTERM"));
      process.once("SIGINT", () => resolve("SIGINT"));
    }),
    rejection.then((message) => `the web service refused this worker's registration token (${message})`),
  ]);
  if (reason !== "SIGTERM" && reason !== "SIGINT") {
    // Nothing this worker writes would be accepted any more; its jobs are resolved by the reaper.
    log(`${reason}: stopping PowerShell and exiting`);
    await runner.close();
    await disconnect();
    process.exit(1);
  }
  log(`${reason}: no new jobs; running jobs get ${env.BATON_WORKER_DRAIN_SECONDS} s to finish`);
  // A second signal means "now": stop the jobs (their process groups) and leave.
  const force = () => {
    log("second signal: stopping PowerShell now");
    void runner.close().finally(() => process.exit(1));
  };
  process.once("SIGTERM", force);
  process.once("SIGINT", force);
  await running.stop(env.BATON_WORKER_DRAIN_SECONDS * 1000);
  await runner.close();
  await disconnect();
  log("offline");
}

function readCaFile(file: string): string {
  let pem: string;
  try {
    pem = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new EnvError(`Invalid environment variable BATON_CA_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    new crypto.X509Certificate(pem);
  } catch {
    throw new EnvError(`Invalid environment variable BATON_CA_FILE: ${file} is not a PEM certificate`);
  }
  return pem;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    if (err instanceof EnvError) console.error(err.message);
    else console.error(`Error: ${describeDbError(err) ?? describeError(err)}`);
    process.exit(1);
  },
);
