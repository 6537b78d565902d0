import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAutomationServer } from "@/app/api/v1/automation/testing/automation-server";
import type { Principal } from "@/lib/auth/principal";
import { createVariable } from "@/lib/assets/create-variable";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { createJobWithToken, createPublishedRunbook, createUserWithRole } from "@/lib/jobs/testing/job-fixtures";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { skipPwsh } from "@/lib/testing/test-pwsh";
import { automationModulePath, runPwshScript } from "@/worker/testing/run-pwsh-script";

const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [] };

/** A port on which nothing listens right now: connecting to it is refused, as to a web service that is restarting. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until(what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The automation cmdlets in real pwsh against a real HTTP stand-in for the web service that refuses
 * connections for a while and then answers (the real automation routes behind it). The database is
 * not what is tested here, so SQLite alone.
 */
describe.skipIf(skipPwsh)("automation cmdlets while the web service restarts", () => {
  let t: TestDb;
  let job: { jobId: string; token: string };
  let dir: string;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    routeTarget.ring = testKeyRing();
    const rb = await createPublishedRunbook(t.db, { name: "Retrying", content: "Write-Output 1" });
    await createPublishedRunbook(t.db, { name: "RetryChild" });
    job = await createJobWithToken(t.db, rb, "Running", { actingUserId: (await createUserWithRole(t.db, "Operator")).id });
    await createVariable(t.db, routeTarget.ring, { name: "Count", description: "", type: "integer", isEncrypted: false, value: 42 }, admin);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-retry-"));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t?.drop();
  });

  const script = (apiUrl: string, marker: string, body: string) => `
$ErrorActionPreference = 'Stop'
Import-Module '${automationModulePath}'
Initialize-BatonAutomation -ApiUrl '${apiUrl}' -Token '${job.token}'
$r = [ordered]@{}
Set-Content -Path '${marker}' -Value 'calling'
${body}
$r | ConvertTo-Json -Compress
`;

  it("retries until the web service answers: a start whose connection was refused happens once, and reads work", async () => {
    const port = await closedPort();
    const marker = path.join(dir, "calling-1");
    const run = runPwshScript(
      script(
        `http://127.0.0.1:${port}`,
        marker,
        `$r.child = [string](Start-AutomationRunbook -Name 'RetryChild')
$r.count = Get-AutomationVariable -Name 'Count'`,
      ),
    );
    // The cmdlet is calling a service that refuses; it comes back after a while, on the same port.
    await until("the runbook to call the automation API", () => fs.existsSync(marker));
    await new Promise((r) => setTimeout(r, 2_000));
    const server = await startAutomationServer({ port });
    try {
      const result = await run;
      expect(result.stderr).toBe("");
      const r = JSON.parse(result.stdout) as { count: number; child: string };
      expect(r.count).toBe(42);
      const children = await t.db.job.findMany({ where: { parentJobId: job.jobId } });
      expect(children.map((c) => c.id)).toEqual([r.child]);
    } finally {
      await server.close();
    }
  });

  it("gives up after the bounded time with the cause", async () => {
    const port = await closedPort();
    const run = await runPwshScript(
      script(
        `http://127.0.0.1:${port}`,
        path.join(dir, "calling-2"),
        `& (Get-Module Baton.Automation) { $script:BatonRetrySeconds = 2 }
try { Get-AutomationVariable -Name 'Count' } catch { $r.error = $_.Exception.Message; $r.category = $_.CategoryInfo.Category.ToString(); $r.id = $_.FullyQualifiedErrorId }`,
      ),
    );
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as { error: string };
    expect(result).toMatchObject({
      error: expect.stringMatching(new RegExp(`^Cannot reach Baton at http://127\\.0\\.0\\.1:${port}: Connection refused .*\\(tried for \\d+ s\\)$`)),
      category: "ConnectionError",
      id: expect.stringMatching(/^Baton\.Unreachable/),
    });
    // Bounded by the 2 s set above, not the 60 s default; a loaded machine's last try may round it up.
    const tried = Number(/tried for (\d+) s/.exec(result.error)?.[1]);
    expect(tried).toBeGreaterThanOrEqual(1);
    expect(tried).toBeLessThan(10);
  });
});
