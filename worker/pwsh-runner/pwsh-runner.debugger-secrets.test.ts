import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { createCredential } from "@/lib/assets/create-credential";
import { routeTarget } from "@/lib/testing/route-target";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { createJobWithToken, createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { startAutomationServer } from "@/app/api/v1/automation/testing/automation-server";
import { maskText } from "@/lib/automation/secret-masker";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPwshRunner, type PwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot } from "@/worker/testing/pwsh-runner-kit";
import { startDebugSession } from "@/worker/testing/debug-session";

const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [] };
const password = "debugger-secret-789";

// The debugger shows values the runbook holds: a secret it fetched must be masked there as in its streams.
describe.skipIf(skipPwsh)("pwsh runner: the debugger masks secrets", () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startAutomationServer>>;
  let runner: PwshRunner;
  let tempRoot: string;

  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    const ring = testKeyRing();
    routeTarget.ring = ring;
    server = await startAutomationServer();
    await createCredential(t.db, ring, { name: "Admin", description: "", userName: "CONTOSO\\admin", password }, admin);
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 1 });
  });
  afterAll(async () => {
    await runner?.close();
    await server?.close();
    await t?.drop();
    if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it("masks a fetched password in a variable's value, an expansion and an evaluation's output", async () => {
    const runbook = await createPublishedRunbook(t.db, { name: "Debugged", content: "'x'" });
    const job = await createJobWithToken(t.db, runbook, "Running");
    const script = `$pw = (Get-AutomationPSCredential -Name 'Admin').GetNetworkCredential().Password
$holder = @{ Password = $pw }
'next'`;
    const s = await startDebugSession(runner, script, [{ line: 3 }], { jobId: job.jobId, apiUrl: server.url, automationToken: job.token });
    await s.next("paused");
    const local = await s.ask({ command: "variables", requestId: "v", frame: 0, scope: "local", path: [] }, "variables");
    expect(local.variables.find((v) => v.name === "pw")?.value).toBe(`"${maskText}"`);
    const holder = await s.ask({ command: "variables", requestId: "h", frame: 0, scope: "local", path: ["holder"] }, "variables");
    expect(holder.variables).toEqual([{ name: "Password", type: "System.String", value: `"${maskText}"`, expandable: false }]);
    const evaluated = await s.ask({ command: "evaluate", requestId: "e", frame: 0, expression: '"the password is $pw"' }, "evaluated");
    expect(evaluated.output).toBe(`the password is ${maskText}`);
    // The expression itself is masked too: the client may have typed the secret.
    const typed = await s.ask({ command: "evaluate", requestId: "t", frame: 0, expression: `'${password}'.Length` }, "evaluated");
    expect(typed).toMatchObject({ expression: `'${maskText}'.Length`, output: String(password.length) });
    await s.ask({ command: "continue" }, "running");
    expect(await s.job.outcome).toEqual({ status: "completed" });
    expect(JSON.stringify(s.events)).not.toContain(password);
  });
});
