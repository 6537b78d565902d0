import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Principal } from "@/lib/auth/principal";
import type { DbProvider } from "@/lib/config/database-url";
import { createDb, prepareSqlite } from "@/lib/db/client";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { selfSignedCertificate } from "@/lib/testing/self-signed-certificate";
import { createRegistrationToken } from "@/lib/workers/registration-tokens/create-registration-token";
import { freePort, requireNextBuild, startBatonProcess, waitUntil, type BatonProcess } from "./baton-processes";
import { percentiles, type Percentiles } from "./job-latency";
import { createScratchDb } from "./scratch-db";

export interface TransportLatency {
  /** Enqueue → claimed (Activating): the wake and the claim. */
  claimed: Percentiles;
  /** Claimed → first output record stored: the job spec, PowerShell, and the record's way back. */
  claimToFirstOutput: Percentiles;
  /** Enqueue → first output record stored. */
  firstOutput: Percentiles;
}

export interface RemoteWorkerLatency {
  database: TransportLatency;
  https: TransportLatency;
}

const admin: Principal = { kind: "user", userId: null, name: "bench", grants: [{ role: "Administrator", scopeTag: null }] };

/**
 * A worker on the database beside a remote worker on the web service's worker protocol over HTTPS,
 * on the same host and scratch database, each in its own group: `samples` jobs of `Write-Output`
 * one at a time on each, idle in between as a real idle system would be. Real processes: the
 * production web service (`server/serve.ts` with TLS, needs `next build`) and two `worker/index.ts`.
 */
export async function benchRemoteWorkerLatency(provider: DbProvider, samples: number, idleBetweenMs: number): Promise<RemoteWorkerLatency> {
  requireNextBuild();
  const scratch = await createScratchDb(provider);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-remote-"));
  const { db } = createDb(scratch.url);
  if (provider === "sqlite") await prepareSqlite(db);
  const processes: BatonProcess[] = [];
  const suffix = crypto.randomBytes(3).toString("hex");
  try {
    const certificate = selfSignedCertificate();
    const certFile = path.join(dir, "cert.pem");
    const keyFile = path.join(dir, "key.pem");
    fs.writeFileSync(certFile, certificate.cert);
    fs.writeFileSync(keyFile, certificate.key, { mode: 0o600 });
    const port = await freePort();
    const baseUrl = `https://127.0.0.1:${port}`;
    const common = { PATH: process.env.PATH, NODE_ENV: "production", BATON_URL: baseUrl, BATON_DATA_DIR: dir };
    const web = startBatonProcess("web service", "server/serve.ts", {
      ...common,
      DATABASE_URL: scratch.url,
      BATON_SECRET: crypto.randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      BATON_HOST: "127.0.0.1",
      BATON_TLS_CERT: certFile,
      BATON_TLS_KEY: keyFile,
    });
    processes.push(web);
    const groups = { database: `bench-direct-${suffix}`, https: `bench-remote-${suffix}` };
    for (const name of Object.values(groups)) await db.workerGroup.create({ data: { name } });
    const { token } = await createRegistrationToken(db, admin, groups.https, { name: "bench", expiresInDays: 1 });
    const worker = (transport: keyof typeof groups, env: Record<string, string>) =>
      startBatonProcess(`${transport} worker`, "worker/index.ts", { ...common, ...env, BATON_WORKER_NAME: groups[transport], BATON_WORKER_GROUP: groups[transport], BATON_WORKER_POOL_SIZE: "1", BATON_WORKER_DRAIN_SECONDS: "0" });
    processes.push(worker("database", { DATABASE_URL: scratch.url }));
    processes.push(worker("https", { BATON_WORKER_TOKEN: token, BATON_CA_FILE: certFile }));
    await waitUntil("both workers online", async () => (await db.worker.count({ where: { name: { in: Object.values(groups) }, state: "online" } })) === 2, 120_000, processes);
    const rb = await createPublishedRunbook(db, { content: "Write-Output 'first'" });
    const measure = async (group: string): Promise<TransportLatency> => {
      const claimed: number[] = [];
      const toFirst: number[] = [];
      const total: number[] = [];
      // The warm pool fills and the remote worker's claim is waiting before the first sample.
      await new Promise((r) => setTimeout(r, idleBetweenMs));
      for (let i = 0; i < samples; i++) {
        const enqueuedAt = Date.now();
        const [jobId] = await startJobs(db, rb.id, 1, { runOn: group });
        while (!(await db.jobStreamRecord.findFirst({ where: { jobId, type: "output" }, select: { seq: true } }))) await new Promise((r) => setTimeout(r, 2));
        const firstAt = Date.now();
        await waitUntil("the job to end", async () => (await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true } })).status === "Completed", 60_000, processes);
        const activating = await db.jobStatusChange.findFirstOrThrow({ where: { jobId, toStatus: "Activating" }, select: { at: true } });
        claimed.push(activating.at.getTime() - enqueuedAt);
        toFirst.push(firstAt - activating.at.getTime());
        total.push(firstAt - enqueuedAt);
        await new Promise((r) => setTimeout(r, idleBetweenMs));
      }
      return { claimed: percentiles(claimed), claimToFirstOutput: percentiles(toFirst), firstOutput: percentiles(total) };
    };
    return { database: await measure(groups.database), https: await measure(groups.https) };
  } finally {
    for (const p of processes.reverse()) await p.stop(10_000);
    await db.$disconnect();
    await scratch.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
