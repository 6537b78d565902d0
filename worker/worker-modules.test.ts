import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { activateModuleVersion } from "@/lib/modules/activate-module-version";
import { deleteModule } from "@/lib/modules/delete-module";
import { greetingModuleZip } from "@/lib/modules/testing/module-zips";
import { uploadModule } from "@/lib/modules/upload-module";
import { createTestDb, oneTestProvider, type TestDb } from "@/lib/testing/test-db";
import { createPwshRunner } from "./pwsh-runner/create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot } from "@/worker/testing/pwsh-runner-kit";
import type { JobRunner } from "./runner-types";
import { startWorkerProtocolServer, type WorkerProtocolServer } from "@/app/api/testing/worker-protocol-server";
import { startRemoteWorker, startWorker, type RunningWorker, type WorkerOptions } from "./start-worker";
import { httpsTransport, type HttpsTransport } from "./transport/https-transport";

const author = actingAs("ada");

// One database (PostgreSQL when this run has it): the module archives are stored and read through lib/modules, tested on both databases there; here the subject is pwsh importing them.
// A remote worker fetches the archives through the worker protocol instead.
const cases = oneTestProvider("postgresql").flatMap((provider) => [[provider, "database"] as const, [provider, "https"] as const]);
describe.skipIf(skipPwsh).each(cases)("integration modules in jobs, real worker and pwsh on %s, %s transport", (provider, transport) => {
  let t: TestDb;
  let runner: JobRunner;
  let worker: RunningWorker;
  let cacheDir: string;
  let runbookId: string;
  let platform: WorkerProtocolServer | undefined;
  let remote: HttpsTransport | undefined;

  beforeAll(async () => {
    t = await createTestDb(provider);
    const tempRoot = makeTempRoot();
    cacheDir = path.join(tempRoot, "modules");
    fs.mkdirSync(cacheDir);
    // One pooled host: every job after the first runs in a host started before the change under test.
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), readOnlyPaths: [cacheDir], poolSize: 1, stopGraceMs: 2000, tempRoot: path.join(tempRoot, "jobs") });
    const common: WorkerOptions = {
      runner,
      name: `modules-${provider}-${transport}-${process.pid}`,
      group: "default",
      capacity: 1,
      apiUrl: "http://127.0.0.1:1",
      version: "test",
      log: () => {},
      moduleCacheDir: cacheDir,
    };
    if (transport === "database") worker = await startWorker({ ...common, db: t.db, databaseUrl: t.url });
    else {
      platform = await startWorkerProtocolServer(t.db, "default");
      remote = httpsTransport({ baseUrl: platform.url, token: platform.token, ca: platform.ca });
      worker = await startRemoteWorker({ ...common, transport: remote });
    }
    runbookId = (await createPublishedRunbook(t.db, { content: "Import-Module Greeter -ErrorAction Stop\nGet-Greeting -Name Ada" })).id;
  });
  afterAll(async () => {
    await worker?.stop(0);
    await runner?.close();
    remote?.close();
    await platform?.close();
    await t?.drop();
  });

  async function runJob() {
    const [jobId] = await startJobs(t.db, runbookId, 1);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId! }, include: { streams: { orderBy: { seq: "asc" } } } });
      if (job.status === "Completed" || job.status === "Failed") {
        return { status: job.status, reason: job.statusReason, output: job.streams.filter((s) => s.type === "output").map((s) => s.text), system: job.streams.filter((s) => s.type === "system").map((s) => s.text) };
      }
      if (Date.now() > deadline) throw new Error(`job is still ${job.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const cached = () => fs.readdirSync(cacheDir).sort();
  const shaOf = async (version: string) => (await t.db.moduleVersion.findFirstOrThrow({ where: { module: { name: "Greeter" }, version }, select: { sha256: true } })).sha256;

  it("runs Import-Module of an uploaded module, sees an upgrade on the next job, and fails clearly after a delete", async () => {
    await uploadModule(t.db, { pwsh: testPwsh(), isolation: testIsolation() }, greetingModuleZip("Greeter", "1.0.0"), author);
    expect(await runJob()).toMatchObject({ status: "Completed", output: ["Hello Ada from Greeter 1.0.0"] });
    expect(cached()).toEqual([await shaOf("1.0.0")]);
    expect(fs.readdirSync(path.join(cacheDir, await shaOf("1.0.0"), "Greeter")).sort()).toEqual(["Greeter.psd1", "Greeter.psm1"]);

    await uploadModule(t.db, { pwsh: testPwsh(), isolation: testIsolation() }, greetingModuleZip("Greeter", "2.0.0", "Hi"), author);
    expect(await runJob()).toMatchObject({ status: "Completed", output: ["Hi Ada from Greeter 2.0.0"] });
    // The replaced version's copy is gone once no job holds it.
    expect(cached()).toEqual([await shaOf("2.0.0")]);

    await activateModuleVersion(t.db, "Greeter", "1.0.0", author);
    expect(await runJob()).toMatchObject({ status: "Completed", output: ["Hello Ada from Greeter 1.0.0"] });

    await deleteModule(t.db, "Greeter", author);
    const afterDelete = await runJob();
    expect(afterDelete.status).toBe("Failed");
    expect(afterDelete.reason).toContain("The specified module 'Greeter' was not loaded because no valid module file was found in any module directory");
    expect(cached()).toEqual([]);
  });

  it("runs the job without a module whose stored archive is damaged, and says so in the job's output", async () => {
    await uploadModule(t.db, { pwsh: testPwsh(), isolation: testIsolation() }, greetingModuleZip("Greeter", "3.0.0"), author);
    await t.db.moduleVersion.updateMany({ where: { module: { name: "Greeter" }, version: "3.0.0" }, data: { archive: Buffer.from("not the uploaded archive") } });
    const job = await runJob();
    expect(job.system[0]).toMatch(/^Module Greeter 3\.0\.0 could not be installed on this worker: its archive's SHA-256 is [0-9a-f]{64}, not the [0-9a-f]{64} recorded at upload$/);
    expect(job.status).toBe("Failed");
    expect(job.reason).toContain("The specified module 'Greeter' was not loaded");
  });
});
