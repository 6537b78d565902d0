import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DbProvider } from "@/lib/config/database-url";
import { createDb, type Db } from "@/lib/db/client";
import { describeError } from "@/lib/db/describe-error";
import { terminalStatuses } from "@/lib/job-lifecycle/statuses";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { freePort, requireNextBuild, startBatonProcess, waitUntil, type BatonProcess } from "./baton-processes";
import { startCpuByProcess, type CpuLabels } from "./cpu-by-process";
import { startPollLoad, type LoadWindow } from "./poll-load";
import { createScratchDb } from "./scratch-db";

export interface WebResponsivenessPhase extends LoadWindow {
  /** Cores busy over the phase, by who: web service, workers, job processes, database, this bench's clients, other. */
  cpu: Record<string, number>;
  loadAverage: number;
}

export interface WebResponsiveness {
  /** Workers online with warm pools, no job. */
  idle: WebResponsivenessPhase;
  /** From the first start request until every job is Running; startResets: start requests whose connection was reset unanswered (sent again). */
  ramp: WebResponsivenessPhase & { startResets: number };
  /** Every job Running (asleep in its runbook). */
  steady: WebResponsivenessPhase;
  /** The jobs stopped: as idle, with as many jobs in the list as under load. */
  settled: WebResponsivenessPhase;
}

export interface WebResponsivenessOptions {
  clients?: number;
  jobs?: number;
  workers?: number;
  idleSeconds?: number;
  steadySeconds?: number;
  /** Progress lines (the ramp alone takes minutes on a small machine). */
  log?: (line: string) => void;
}

const startConcurrency = 10;

/**
 * `GET /api/v1/jobs` as `clients` portals polling it see it (latency percentiles in ms, requests/s)
 * while `jobs` jobs are started on and run by `workers` workers: the production web service
 * (`server/serve.ts`, needs `next build`) and `worker/index.ts` processes, each as an operator runs
 * them with this process's environment (BATON_JOB_* included), on a scratch database of its own.
 */
export async function benchWebResponsiveness(provider: DbProvider, options: WebResponsivenessOptions = {}): Promise<WebResponsiveness> {
  const { clients = 50, jobs = 100, workers = 3, idleSeconds = 10, steadySeconds = 15, log = () => {} } = options;
  requireNextBuild();
  const scratch = await createScratchDb(provider);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-web-"));
  const { db } = createDb(scratch.url);
  const processes: BatonProcess[] = [];
  // Names of this run only: a worker removes the temp root of any same-named worker that is gone.
  const workerNames = Array.from({ length: workers }, (_, i) => `bench-web-${crypto.randomBytes(3).toString("hex")}-${i + 1}`);
  let load: ReturnType<typeof startPollLoad> | undefined;
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = { ...process.env, DATABASE_URL: scratch.url, BATON_DATA_DIR: dataDir, BATON_URL: baseUrl, BATON_SECRET: crypto.randomBytes(32).toString("hex") };
    processes.push(startBatonProcess("web service", "server/serve.ts", { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), BATON_HOST: "127.0.0.1" }));
    for (let i = 0; i < workers; i++) {
      processes.push(
        startBatonProcess(`worker ${i + 1}`, "worker/index.ts", {
          ...env,
          BATON_WORKER_NAME: workerNames[i],
          BATON_WORKER_CAPACITY: String(Math.ceil(jobs / workers)),
          // Cleaning up stops the jobs at once rather than waiting for runbooks that sleep for an hour.
          BATON_WORKER_DRAIN_SECONDS: "0",
        }),
      );
    }
    const headers = { authorization: `Bearer ${await adminToken(db)}` };
    const runbook = await createPublishedRunbook(db, { name: "bench-sleep", content: "Start-Sleep -Seconds 3600" });
    // Refused until the server listens.
    await waitUntil("the web service", () => fetch(`${baseUrl}/api/v1/health`).then((res) => res.ok, () => false), 180_000, processes);
    await waitUntil(`${workers} workers online`, async () => (await db.worker.count({ where: { state: "online" } })) === workers, 180_000, processes);

    const roots = new Map<number, CpuLabels>([[process.pid, { self: "bench clients", descendants: "bench clients" }]]);
    for (const p of processes) roots.set(p.pid, p.label === "web service" ? { self: "web service", descendants: "web service pwsh" } : { self: "workers", descendants: "job processes" });
    const cpu = startCpuByProcess(() => roots, { postgres: "PostgreSQL (all databases)" });
    log("warming up: waiting for the workers' pools to settle");
    // Pooled processes start as the workers come online; measuring idle before they settle would charge their start to it.
    await waitUntil("the warm pools to settle", async () => {
      await new Promise((r) => setTimeout(r, 2_000));
      return (cpu.window()["job processes"] ?? 0) < 0.05;
    }, 120_000, processes);

    const phase = (): WebResponsivenessPhase => ({ ...load!.window(), cpu: cpu.window(), loadAverage: Math.round(os.loadavg()[0]! * 10) / 10 });
    load = startPollLoad(`${baseUrl}/api/v1/jobs`, headers, clients);
    cpu.window();
    await sleep(idleSeconds * 1000);
    const idle = phase();
    log(`idle: ${describePhase(idle)}`);

    let resets = 0;
    await forEachLimited(jobs, startConcurrency, async () => {
      for (;;) {
        try {
          const res = await fetch(`${baseUrl}/api/v1/runbooks/${runbook.id}/jobs`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" });
          if (res.status !== 201) throw new Error(`starting a job answered ${res.status}: ${await res.text()}`);
          return;
        } catch (error) {
          // A server too starved to read a kept-alive connection's next request before its keep-alive
          // timer fires closes it unread (ECONNRESET): send it again; the count below catches a start that did arrive.
          if (!(error instanceof TypeError) || ++resets > jobs) throw error;
        }
      }
    });
    const ids = (await db.job.findMany({ where: { runbookId: runbook.id }, select: { id: true } })).map((j) => j.id);
    if (ids.length !== jobs) throw new Error(`${ids.length} jobs were started, not ${jobs}`);
    await waitUntil(`${jobs} jobs Running`, () => allIn(db, ids, ["Running"], terminalStatuses), 900_000, processes);
    const ramp = { ...phase(), startResets: resets };
    log(`ramp: ${describePhase(ramp)}, ${resets} start requests reset`);

    await sleep(steadySeconds * 1000);
    const steady = phase();
    log(`steady: ${describePhase(steady)}`);

    await forEachLimited(jobs, startConcurrency, async (i) => {
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await fetch(`${baseUrl}/api/v1/jobs/${ids[i]}/stop`, { method: "POST", headers });
          // A stop sent again after a reset may find that the first one arrived: the job is stopping.
          if (!res.ok && !(attempt > 0 && res.status === 409)) throw new Error(`stopping a job answered ${res.status}: ${await res.text()}`);
          return;
        } catch (error) {
          // Reset unanswered, as a start can be (above).
          if (!(error instanceof TypeError) || attempt >= 5) throw error;
        }
      }
    });
    await waitUntil(`${jobs} jobs Stopped`, () => allIn(db, ids, ["Stopped"], ["Completed", "Failed"]), 300_000, processes);
    phase();
    await sleep(idleSeconds * 1000);
    const settled = phase();
    log(`settled: ${describePhase(settled)}`);
    return { idle, ramp, steady, settled };
  } catch (error) {
    // A refused or reset request says little by itself; what the processes printed last usually says why.
    const tails = processes.filter((p) => p.exited || p.label === "web service").map((p) => `--- ${p.label}${p.exited ? " (exited)" : ""}:\n${p.outputTail()}`);
    throw new Error(`${describeError(error)}\n${tails.join("\n")}`, { cause: error });
  } finally {
    await load?.stop();
    // Workers first: each stops its jobs (drain 0) and marks itself offline while the database is there.
    await Promise.all(processes.filter((p) => p.label !== "web service").map((p) => p.stop(30_000)));
    await Promise.all(processes.map((p) => p.stop(15_000)));
    await db.$disconnect();
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    for (const name of workerNames) fs.rmSync(path.join(os.tmpdir(), `baton-worker-${name}`), { recursive: true, force: true });
  }
}

/** One line per phase for the bench's progress output. */
export function describePhase(p: WebResponsivenessPhase): string {
  const cpu = Object.entries(p.cpu)
    .sort(([, a], [, b]) => b - a)
    .map(([who, cores]) => `${who} ${cores}`)
    .join(", ");
  return `p50/p95/p99 ${p.p50}/${p.p95}/${p.p99} ms, ${p.requestsPerSecond} req/s (${p.requests} in ${p.seconds} s, ${p.errors} errors), load ${p.loadAverage}; cores: ${cpu}`;
}

/** An administrator's API token, made as the portal's Tokens page makes one. */
async function adminToken(db: Db): Promise<string> {
  const admin = await ensureFirstAdmin(db, { username: "admin", password: crypto.randomBytes(18).toString("base64url") });
  if (!admin.created) throw new Error("the scratch database already had users");
  const principal = { kind: "user" as const, userId: admin.userId, name: admin.username, grants: [{ role: "Administrator" as const, scopeTag: null }] };
  return (await createApiToken(db, principal, { name: "web responsiveness bench", expiresInDays: 1 })).token;
}

/** True once every job is in `wanted`; throws when one reached a status in `failing` instead. */
async function allIn(db: Db, ids: string[], wanted: string[], failing: readonly string[]): Promise<boolean> {
  const rows = await db.job.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
  const failed = rows.find((r) => failing.includes(r.status) && !wanted.includes(r.status));
  if (failed) throw new Error(`job ${failed.id} is ${failed.status}, expected ${wanted.join(" or ")}`);
  return rows.filter((r) => wanted.includes(r.status)).length === ids.length;
}

/** Runs `fn(0 … count-1)`, at most `limit` at a time; the results in index order. */
async function forEachLimited<T>(count: number, limit: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await fn(i);
      }
    }),
  );
  return results;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
