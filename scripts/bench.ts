// `npm run bench`: the job engine's speed on this machine, on SQLite and PostgreSQL (scratch
// databases; PostgreSQL at BATON_TEST_PG_URL). Speed goals live here, not in test assertions.
import os from "node:os";
import path from "node:path";
import { jobIsolationEnvSchema } from "@/lib/config/job-isolation-env";
import { resolveJobIsolation } from "@/lib/pwsh/job-isolation";
import { locatePwsh, measurePwshColdStart } from "@/lib/pwsh/locate-pwsh";
import type { DbProvider } from "@/lib/config/database-url";
import { createPwshRunner } from "@/worker/pwsh-runner/create-pwsh-runner";
import { benchClaimThroughput } from "./bench/claim-throughput";
import { benchFollowLatency } from "./bench/follow-latency";
import { benchIdleLoad } from "./bench/idle-load";
import { benchFirstOutputLatency, percentiles } from "./bench/job-latency";
import { benchJobThroughput, type JobThroughput } from "./bench/job-throughput";
import { benchParameterCheck, benchStartJob } from "./bench/parameter-check";
import { benchRawPwsh } from "./bench/raw-pwsh";
import { benchRetentionPurge } from "./bench/retention-purge";
import { benchRunbookList } from "./bench/runbook-list";
import { benchScheduleLateness } from "./bench/schedule-lateness";
import { benchSharedHostSoak } from "./bench/shared-host-soak";
import { createScratchDb } from "./bench/scratch-db";
import { benchRemoteWorkerLatency } from "./bench/remote-worker-latency";
import { benchWebResponsiveness } from "./bench/web-responsiveness";

const projectRoot = path.resolve(import.meta.dirname, "..");
const providers: DbProvider[] = process.env.BATON_BENCH_SKIP_PG === "1" ? ["sqlite"] : ["sqlite", "postgresql"];

interface Row {
  metric: string;
  target: string;
  values: Partial<Record<DbProvider | "any", string>>;
}

async function main(): Promise<void> {
  const pwsh = locatePwsh({ projectRoot, configured: process.env.BATON_PWSH });
  if (!pwsh) throw new Error("PowerShell not found: run npm run setup:pwsh (or set BATON_PWSH)");
  const tempRoot = path.join(os.tmpdir(), `baton-bench-${process.pid}`);
  // Jobs are measured isolated as the BATON_JOB_* settings say (by default, in the sandbox).
  const isolation = resolveJobIsolation(jobIsolationEnvSchema.parse(process.env));
  const runner = (poolSize: number) => createPwshRunner({ pwsh, isolation, poolSize, tempRoot });
  const rows: Row[] = [];
  const row = (metric: string, target: string) => {
    const r: Row = { metric, target, values: {} };
    rows.push(r);
    return r.values;
  };
  /** Runs one measurement, reporting it on stderr as it completes (the table comes at the end). */
  const measure = async (provider: DbProvider, cells: Row["values"], label: string, fn: () => Promise<string>) => {
    const started = performance.now();
    cells[provider] = await fn();
    process.stderr.write(`${provider}: ${label}: ${cells[provider]} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  };

  const cold = percentiles(await measurePwshColdStart(pwsh, 5));
  row("pwsh cold start (ms, p50 / p95 of 5)", "")["any"] = `${cold.p50} / ${cold.p95}`;

  const raw = await benchRawPwsh(pwsh, "Write-Output 1", 12, 2);
  row("raw pwsh -Command 'Write-Output 1', 2 at a time: runs/s · CPU-s per run", "")["any"] = `${raw.runsPerSecond} · ${raw.cpuSecondsPerRun}`;
  /** Baton's trivial jobs beside raw pwsh runs of the same script: throughput and CPU, Baton / raw. */
  const versusRaw = (t: JobThroughput) => `${t.jobsPerSecond} · ${t.cpuSecondsPerJob} (×${(t.jobsPerSecond / raw.runsPerSecond).toFixed(2)} · ×${(t.cpuSecondsPerJob / raw.cpuSecondsPerRun).toFixed(2)})`;

  const soakRunner = createPwshRunner({
    pwsh,
    isolation,
    poolSize: 1,
    tempRoot,
    sharedHostLimits: { maxJobs: 400, maxAgeMs: 3_600_000, maxWorkingSetBytes: 4 * 1024 ** 3, idleMs: 60_000, maxIdle: 4 },
  });
  try {
    const soak = await benchSharedHostSoak(soakRunner, 1000);
    row("1,000 jobs through shared hosts retired every 400: jobs/s · jobs per host · resident memory growth per host (MiB)", "growth ≈ 0")["any"] =
      `${soak.jobsPerSecond} · ${soak.jobsPerHost.join("/")} · ${soak.growthMiB.join(" / ")}`;
    process.stderr.write(`shared host soak: ${JSON.stringify(soak)}\n`);
  } finally {
    await soakRunner.close();
  }
  const check = await benchParameterCheck(pwsh, projectRoot, 200);
  row("start parameter check by PowerShell, warm helper (ms, p50 / p95 of 200)", "")["any"] = `${check.warm.p50} / ${check.warm.p95}`;
  row("start parameter check, new helper: compiling C# / cached (ms)", "")["any"] = `${check.coldCompiling} / ${check.coldCached}`;

  const claims1 = row("queue claims/s, 1 worker, 1 job per claim", "");
  const claims3 = row("queue claims/s, 3 workers, 1 job per claim", "");
  const claims3x4 = row("queue claims/s, 3 workers, 4 free slots each", "> 2,000 on PostgreSQL");
  const idle = row("idle worker DB statements/s", "≤ 2");
  const follow = row("record stored → live stream follower has it (ms, p50 / p95 of 40)", "p95 < 50 on PostgreSQL");
  const starts = row("startJob with PowerShell's parameter check (ms, p50 / p95 of 50)", "");
  const runningPool = row("enqueue → Running (ms, p50 / p95), warm pool", "");
  const latencyPool = row("enqueue → first output (ms, p50 / p95), warm pool", "p50 < 60 with warm pool");
  const latencyCold = row("enqueue → first output (ms, p50 / p95), no pool", "");
  const latencyShared = row("enqueue → first output (ms, p50 / p95), shared host", "p50 < 50");
  const jobs1 = row("trivial jobs/s · CPU-s per job, 1 worker of capacity 2 (Baton / raw pwsh)", "");
  const jobs2 = row("trivial jobs/s · CPU-s per job, 2 workers of capacity 2 (Baton / raw pwsh)", "");
  const jobsShared = row("trivial jobs/s · CPU-s per job, 1 worker of capacity 2, shared host (Baton / raw pwsh)", "> 25 jobs/s");
  const lateNew = row("schedule occurrence → job created (ms, p50 / max), schedule created 2 s ahead", "< 1,000");
  const lateRecurring = row("schedule occurrence → job created (ms, p50 / max), every-2-s cron", "< 1,000");
  const purge = row("retention purge of 20,000 jobs × 10 records (s total / longest batch ms)", "batch < 500 ms");
  const listByName = row("runbook list, first page of 100 of 5,000 by name (ms, p50 / p95 of 20)", "");
  const listScoped = row("runbook list, first page, tag-scoped search over 5,000 (ms, p50 / p95 of 20)", "");
  const web = row("GET /api/v1/jobs, 50 polling clients, 3 workers: p95 ms idle / 100 jobs starting / 100 running · req/s running", "p95 < 500");
  const remoteClaimed = row("enqueue → claimed (ms, p50 / p95 of 10): worker on the database / remote worker over HTTPS", "");
  const remoteFirst = row("claimed → first output (ms, p50 / p95 of 10): worker on the database / remote worker over HTTPS", "");

  for (const provider of providers) {
    const scratch = await createScratchDb(provider);
    try {
      await measure(provider, claims1, "claims/s 1×1", async () => String((await benchClaimThroughput(scratch.url, provider, 2000, 1, 1)).claimsPerSecond));
      await measure(provider, claims3, "claims/s 3×1", async () => String((await benchClaimThroughput(scratch.url, provider, 3000, 3, 1)).claimsPerSecond));
      await measure(provider, claims3x4, "claims/s 3×4", async () => String((await benchClaimThroughput(scratch.url, provider, 3000, 3, 4)).claimsPerSecond));
      await measure(provider, starts, "startJob", async () => {
        const r = await benchStartJob(scratch.url, 50);
        return `${r.p50} / ${r.p95}`;
      });
      await measure(provider, idle, "idle statements/s", async () => {
        const r = runner(0);
        try {
          return String(await benchIdleLoad(scratch.url, r, 10));
        } finally {
          await r.close();
        }
      });
      await measure(provider, follow, "append → follower", async () => {
        const r = await benchFollowLatency(scratch.url, 40);
        return `${r.p50} / ${r.p95}`;
      });
      for (const poolSize of [1, 0]) {
        const r = runner(poolSize);
        try {
          let result: Awaited<ReturnType<typeof benchFirstOutputLatency>> | undefined;
          await measure(provider, poolSize ? latencyPool : latencyCold, `first output, pool ${poolSize}`, async () => {
            result = await benchFirstOutputLatency(scratch.url, r, 8, 2_000);
            return `${result.firstOutput.p50} / ${result.firstOutput.p95}`;
          });
          if (poolSize) runningPool[provider] = `${result!.running.p50} / ${result!.running.p95}`;
        } finally {
          await r.close();
        }
      }
      const sharedRunner = runner(1);
      try {
        await measure(provider, latencyShared, "first output, shared host", async () => {
          const result = await benchFirstOutputLatency(scratch.url, sharedRunner, 8, 2_000, "shared");
          return `${result.firstOutput.p50} / ${result.firstOutput.p95}`;
        });
      } finally {
        await sharedRunner.close();
      }
      await measure(provider, jobsShared, "jobs/s, 1 worker, shared host", async () => versusRaw(await benchJobThroughput(scratch.url, () => runner(2), 1, 400, "shared")));
      await measure(provider, jobs1, "jobs/s, 1 worker", async () => versusRaw(await benchJobThroughput(scratch.url, () => runner(2), 1, 12)));
      await measure(provider, jobs2, "jobs/s, 2 workers", async () => versusRaw(await benchJobThroughput(scratch.url, () => runner(2), 2, 12)));
      let lateness: Awaited<ReturnType<typeof benchScheduleLateness>> | undefined;
      await measure(provider, lateNew, "schedule lateness, new schedules", async () => {
        lateness = await benchScheduleLateness(scratch.url, 8);
        return `${lateness.newSchedule.p50} / ${lateness.newSchedule.max}`;
      });
      lateRecurring[provider] = `${lateness!.recurring.p50} / ${lateness!.recurring.max}`;
      await measure(provider, purge, "retention purge", async () => {
        const r = await benchRetentionPurge(scratch.url, 20_000, 10);
        return `${(r.totalMs / 1000).toFixed(1)} / ${r.longestBatchMs}`;
      });
      let list: Awaited<ReturnType<typeof benchRunbookList>> | undefined;
      await measure(provider, listByName, "runbook list first page", async () => {
        list = await benchRunbookList(scratch.url, 5_000, 20);
        return `${list.byName.p50} / ${list.byName.p95}`;
      });
      listScoped[provider] = `${list!.scopedSearch.p50} / ${list!.scopedSearch.p95}`;
    } finally {
      await scratch.drop();
    }
    // Its own scratch database, web service and worker processes; needs `next build` (BATON_BENCH_SKIP_WEB=1 skips it).
    if (process.env.BATON_BENCH_SKIP_WEB === "1") continue;
    await measure(provider, web, "web responsiveness", async () => {
      const r = await benchWebResponsiveness(provider, { log: (line) => process.stderr.write(`${provider}: ${line}\n`) });
      return `${r.idle.p95} / ${r.ramp.p95} / ${r.steady.p95} · ${r.steady.requestsPerSecond}`;
    });
    let remote: Awaited<ReturnType<typeof benchRemoteWorkerLatency>> | undefined;
    const both = (pick: (t: Awaited<ReturnType<typeof benchRemoteWorkerLatency>>["https"]) => { p50: number; p95: number }) =>
      `${pick(remote!.database).p50} / ${pick(remote!.database).p95} · ${pick(remote!.https).p50} / ${pick(remote!.https).p95}`;
    await measure(provider, remoteClaimed, "database vs remote worker", async () => {
      remote = await benchRemoteWorkerLatency(provider, 10, 2_000);
      return both((t) => t.claimed);
    });
    remoteFirst[provider] = both((t) => t.claimToFirstOutput);
  }

  const header = ["metric", "SQLite", "PostgreSQL", "target"];
  const lines = rows.map((r) => [r.metric, r.values.sqlite ?? r.values.any ?? "", r.values.postgresql ?? r.values.any ?? "", r.target]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ");
  console.log(`\nBaton job engine benchmark — ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? "unknown CPU"}, pwsh ${pwsh.version ?? pwsh.path}, load average ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const l of lines) console.log(fmt(l));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
