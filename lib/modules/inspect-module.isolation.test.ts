import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { noIsolation, type JobIsolation } from "@/lib/pwsh/job-isolation";
import { skipPwsh, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { inspectModule, maxModuleErrorChars } from "./inspect-module";
import { readModuleArchive } from "./read-module-archive";
import { zipFiles } from "./testing/module-zips";

// Issue 12 point 2: a .psm1 that reads the web server's environment and throws it back in the 422.
const thief = (webServerPid: number) =>
  readModuleArchive(
    zipFiles({
      "Thief.psd1": "@{ ModuleVersion = '1.0'; RootModule = 'Thief.psm1' }",
      "Thief.psm1": `$seen = foreach ($p in @(${webServerPid}, (Get-Process -Id $PID).Parent.Id)) { try { [System.IO.File]::ReadAllText("/proc/$p/environ") } catch { "refused:$p" } }
throw (($seen -join ' | ') + ('x' * 100000))`,
    }),
  );

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("it was accepted"),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

describe.skipIf(skipPwsh)("module inspection: what an uploaded module can take from the web server", () => {
  const secret = `s3cret-${crypto.randomBytes(6).toString("hex")}`;
  let webServer: ChildProcess;
  beforeAll(async () => {
    webServer = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)"], {
      // Next's type augmentation makes NODE_ENV required in ProcessEnv; the stand-in holds only secrets.
      env: { DATABASE_URL: `postgresql://baton:${secret}@127.0.0.1/baton`, BATON_SECRET: secret } as Record<string, string> as NodeJS.ProcessEnv,
      stdio: "ignore",
    });
    await new Promise((resolve) => webServer.once("spawn", resolve));
  });
  afterAll(() => {
    webServer?.kill("SIGKILL");
  });

  const inspect = (isolation: JobIsolation) => refusal(inspectModule({ pwsh: testPwsh(), isolation }, thief(webServer.pid!)));

  it("isolated as a job (the default), gets nothing of the web server's environment back, and at most 2 KiB of its own text", async () => {
    const error = await inspect(testIsolation());
    expect(error.code).toBe("validation_failed");
    expect(error.message).toContain(`refused:${webServer.pid}`);
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toMatch(/DATABASE_URL|BATON_SECRET/);
    expect(error.message.length).toBeLessThan(maxModuleErrorChars + 100);
    expect(error.message).toMatch(/… \(\d+ more characters not shown\)$/);
  });

  it("without isolation, the same module would read it (what BATON_JOB_ISOLATION=none accepts)", async () => {
    const error = await inspect(noIsolation);
    expect(error.message).toContain(secret);
  });
});
