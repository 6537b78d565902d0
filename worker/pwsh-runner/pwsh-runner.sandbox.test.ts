import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noIsolation, type JobIsolation } from "@/lib/pwsh/job-isolation";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import { createPwshRunner } from "./create-pwsh-runner";

// What the probe of issue 12 did: a runbook reads the platform's credentials through /proc and the
// file system. `read` means the runbook got the content; anything else means it was refused.
const probe = (targets: Record<string, string>, secret: string) => `
$result = [ordered]@{}
${Object.entries(targets)
  .map(([name, file]) => `try { $result['${name}'] = if ([System.IO.File]::ReadAllText('${file}').Contains('${secret}')) { 'read' } else { 'read (no secret)' } } catch { $result['${name}'] = 'refused' }`)
  .join("\n")}
$result['ownEnvironment'] = if ((Get-ChildItem env: | Where-Object { $_.Name -match '^(DATABASE_URL|BATON_SECRET)$' -or "$($_.Value)".Contains('${secret}') })) { 'read' } else { 'refused' }
[pscustomobject]$result
`;

describe.skipIf(skipPwsh)("pwsh runner: what a runbook can reach on the worker host", () => {
  const secret = `s3cret-${crypto.randomBytes(6).toString("hex")}`;
  let root: string;
  let standIn: ChildProcess;
  let targets: Record<string, string>;

  beforeAll(async () => {
    root = makeTempRoot();
    // The web server (or another worker) on the same host: its environment holds the platform's secrets.
    standIn = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)"], {
      // Next's type augmentation makes NODE_ENV required in ProcessEnv; the stand-in holds only secrets.
      env: { DATABASE_URL: `postgresql://baton:${secret}@127.0.0.1/baton`, BATON_SECRET: secret } as Record<string, string> as NodeJS.ProcessEnv,
      stdio: "ignore",
    });
    await new Promise((resolve) => standIn.once("spawn", resolve));
    // A data directory as npm run setup:job-user leaves it: passable, its files the owner's alone.
    const dataDir = path.join(root, "data");
    fs.mkdirSync(dataDir, { mode: 0o711 });
    fs.writeFileSync(path.join(dataDir, "baton.key"), secret, { mode: 0o600 });
    fs.writeFileSync(path.join(dataDir, "baton.db"), secret, { mode: 0o600 });
    targets = {
      webServerEnvironment: `/proc/${standIn.pid}/environ`,
      workerEnvironment: `/proc/${process.pid}/environ`,
      keyFile: path.join(dataDir, "baton.key"),
      database: path.join(dataDir, "baton.db"),
    };
  });
  afterAll(() => {
    standIn?.kill("SIGKILL");
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Runs the probe as the only job of a runner isolated so; another job's temp dir sits beside its own. */
  async function probeAs(label: string, isolation: JobIsolation): Promise<Record<string, string>> {
    const tempRoot = path.join(root, label);
    const runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation, tempRoot, poolSize: 0 });
    try {
      // Another job's HOME/TMPDIR, made as the runner makes them (owned by the job user, mode 0700).
      const otherJob = path.join(tempRoot, "job-1-other");
      fs.mkdirSync(otherJob);
      fs.writeFileSync(path.join(otherJob, "notes.txt"), secret);
      if (isolation.user) fs.chownSync(otherJob, isolation.user.uid, isolation.user.gid);
      if (isolation.user) fs.chownSync(path.join(otherJob, "notes.txt"), isolation.user.uid, isolation.user.gid);
      fs.chmodSync(otherJob, 0o700);
      const run = await runToEnd(runner, spec(probe({ ...targets, otherJobFiles: path.join(otherJob, "notes.txt") }, secret)));
      expect(run.outcome).toEqual({ status: "completed" });
      const output = run.records.find((r) => r.type === "output");
      return JSON.parse((output!.data as { json: string }).json) as Record<string, string>;
    } finally {
      await runner.close();
    }
  }

  it("in the sandbox (the default), is refused the worker's and web server's environment, the data directory and other jobs' files", async () => {
    expect(await probeAs("sandbox", testIsolation())).toEqual({
      webServerEnvironment: "refused",
      workerEnvironment: "refused",
      keyFile: "refused",
      database: "refused",
      otherJobFiles: "refused",
      ownEnvironment: "refused",
    });
  });

  it.runIf(process.getuid?.() === 0)("as the job user without the sandbox, is refused other processes' environments and the data files, but not its user's other jobs", async () => {
    expect(await probeAs("user", testIsolation({ BATON_JOB_ISOLATION: "user" }))).toEqual({
      webServerEnvironment: "refused",
      workerEnvironment: "refused",
      keyFile: "refused",
      database: "refused",
      otherJobFiles: "read",
      ownEnvironment: "refused",
    });
  });

  it("without isolation, reads all of it (what BATON_JOB_ISOLATION=none accepts)", async () => {
    expect(await probeAs("none", noIsolation)).toEqual({
      webServerEnvironment: "read",
      workerEnvironment: "read (no secret)",
      keyFile: "read",
      database: "read",
      otherJobFiles: "read",
      ownEnvironment: "refused",
    });
  });
});
