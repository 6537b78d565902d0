import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { listJobStreams } from "@/lib/jobs/list-job-streams";
import type { JobStreamRecordView } from "@/lib/jobs/job-views";
import { startJob } from "@/lib/jobs/start-job";
import { isJobStatus, isTerminal } from "@/lib/job-lifecycle/statuses";
import { zipFiles } from "@/lib/modules/testing/module-zips";
import { uploadModule } from "@/lib/modules/upload-module";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { publishRunbook } from "@/lib/runbooks/publish-runbook";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { updateSettings } from "@/lib/settings/update-settings";
import { createTestDb, oneTestProvider, type TestDb } from "@/lib/testing/test-db";
import { createPwshRunner } from "../pwsh-runner/create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot } from "../testing/pwsh-runner-kit";
import type { JobRunner } from "../runner-types";
import { startWorker, type RunningWorker } from "../start-worker";
import { comparable } from "./compare-runs";
import { consoleTranscript, type ConsoleTranscript } from "./console-transcript";
import { runDirect, type DirectRun } from "./run-direct";

// The fidelity corpus (worker/fidelity/corpus): public scripts, each run with pwsh -File and as a Baton
// job through the real worker, created and started with the lib/ verbs the API uses. A script is read
// as it is on disk (a byte-order mark stays), so the runbook gets exactly the file's text.
const corpusDir = path.resolve(import.meta.dirname, "corpus");
const modulesDir = path.join(corpusDir, "modules");
const scripts = fs.readdirSync(corpusDir).filter((f) => f.endsWith(".ps1")).sort();
const parameters = JSON.parse(fs.readFileSync(path.join(corpusDir, "parameters.json"), "utf8").replaceAll("{fixtures}", path.join(corpusDir, "fixtures"))) as Record<string, Record<string, unknown>>;
// pwsh -File with redirected output formats to an 80-column console; the jobs get the same width.
const width = 80;
const runbookName = (file: string) => file.replace(/\.ps1$/, "");

/** pwsh -File's exit code for a job: its exit code, 1 for a terminating error, else 0. */
function exitCodeOf(job: { status: string; exitCode: number | null }): number {
  if (job.exitCode !== null) return job.exitCode & 0xff;
  return job.status === "Completed" ? 0 : 1;
}

/** Runs at most `limit` at a time; the machine has two cores for pwsh, the worker and the databases. */
function limiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    while (active >= limit) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

describe.skipIf(skipPwsh)("fidelity corpus: a script's output in Baton is what pwsh prints", () => {
  const pwsh = skipPwsh ? undefined : testPwsh();
  const tempRoot = makeTempRoot();
  // Direct runs and each provider's jobs get roots of the same shape: run-<6 characters>/job-<6 characters>.
  // 0711: the job user passes through to its own job directory (the sandbox's rule for temp roots).
  const runRoot = () => {
    const dir = fs.mkdtempSync(path.join(tempRoot, "run-"));
    fs.chmodSync(dir, 0o711);
    return dir;
  };
  const directRoot = runRoot();
  const direct = new Map<string, Promise<DirectRun>>();

  beforeAll(() => {
    const limit = limiter(2);
    for (const file of scripts) {
      direct.set(
        file,
        limit(async () => {
          // A directory shaped like a job's (worker/pwsh-runner/host-process.ts), so paths in messages match.
          const dir = fs.mkdtempSync(path.join(directRoot, "job-"));
          const script = path.join(dir, file);
          fs.copyFileSync(path.join(corpusDir, file), script);
          return runDirect(pwsh!, script, parameters[file] ?? {}, { cwd: dir, modulePath: modulesDir });
        }),
      );
    }
  });
  afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

  describe.each(oneTestProvider("sqlite"))("on %s", (provider) => {
    let t: TestDb;
    let runner: JobRunner;
    let worker: RunningWorker;
    const jobIds = new Map<string, string>();
    const workerLog: string[] = [];
    const admin = actingAs("corpus");

    beforeAll(async () => {
      t = await createTestDb(provider);
      await updateSettings(t.db, { outputWidth: width }, admin);
      const planetTools = Object.fromEntries(fs.readdirSync(path.join(modulesDir, "PlanetTools")).map((f) => [f, fs.readFileSync(path.join(modulesDir, "PlanetTools", f))]));
      await uploadModule(t.db, { pwsh: pwsh!, isolation: testIsolation() }, zipFiles(planetTools, "PlanetTools"), admin);
      const jobTemp = runRoot();
      // The sandbox shows jobs only what it is given: the worker's module copies and the scripts' fixtures.
      const moduleCacheDir = path.join(tempRoot, `modules-${provider}`);
      fs.mkdirSync(moduleCacheDir, { mode: 0o755 });
      const readOnlyPaths = [moduleCacheDir, path.join(corpusDir, "fixtures")];
      runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: pwsh!, isolation: testIsolation(), readOnlyPaths, tempRoot: jobTemp, poolSize: 2 });
      worker = await startWorker({
        db: t.db,
        databaseUrl: t.url,
        runner,
        name: `corpus-${provider}-${process.pid}`,
        group: "default",
        capacity: 2,
        apiUrl: "http://127.0.0.1:1",
        version: "test",
        moduleCacheDir,
        log: (m) => workerLog.push(`${new Date().toISOString()} ${m}`),
      });
      const user = await t.db.user.create({ data: { username: "corpus", displayName: "Corpus" } });
      for (const file of scripts) {
        const content = fs.readFileSync(path.join(corpusDir, file), "utf8");
        const runbook = await createRunbook(t.db, createRunbookSchema.parse({ name: runbookName(file), content }), admin);
        await publishRunbook(t.db, runbook.id, admin);
        const { jobId } = await startJob(t.db, { runbookId: runbook.id, input: { parameters: parameters[file] ?? {} }, startedBy: { kind: "user", userId: user.id, name: user.username } });
        jobIds.set(file, jobId);
      }
      // Publishing and starting 22 runbooks asks PowerShell to check each one; on a loaded 2-core CI
      // machine that alone has taken over the default two minutes.
    }, 300_000);
    afterAll(async () => {
      await worker?.stop(0);
      await runner?.close();
      await t?.drop();
    });

    async function finishedJob(file: string) {
      const jobId = jobIds.get(file)!;
      const deadline = Date.now() + 200_000;
      for (;;) {
        const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, statusReason: true, exitCode: true } });
        if (isJobStatus(job.status) && isTerminal(job.status)) return { jobId, ...job };
        if (Date.now() > deadline) throw new Error(`${file}: job is ${job.status}\nworker log:\n${workerLog.join("\n")}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    /** Every record of the job, read page by page as GET /jobs/{id}/streams returns them. */
    async function streamsOf(jobId: string): Promise<JobStreamRecordView[]> {
      const records: JobStreamRecordView[] = [];
      for (let after = 0; ; ) {
        const page = await listJobStreams(t.db, jobId, { after, limit: 1000 });
        records.push(...page.items);
        if (page.items.length < 1000) return records;
        after = page.lastSeq;
      }
    }

    it.each(scripts)("%s", async (file) => {
      const job = await finishedJob(file);
      const pwshRun = await direct.get(file)!;
      const records = await streamsOf(job.jobId);
      const fromPwsh: ConsoleTranscript = { stdout: pwshRun.stdout, stderr: pwshRun.stderr };
      const compared = comparable(file, fromPwsh, consoleTranscript(records));
      expect({ exitCode: exitCodeOf(job), ...compared.baton }, `${file}: job ${job.status} (${job.statusReason ?? ""})`).toEqual({ exitCode: pwshRun.exitCode, ...compared.direct });
      // Format-* output never surfaces as objects or their class names.
      expect(JSON.stringify(records)).not.toContain("Internal.Format");
    });
  });
});
