import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRouteServer, type RouteServer } from "@/app/api/testing/route-server";
import type { Principal } from "@/lib/auth/principal";
import { createVariable } from "@/lib/assets/create-variable";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { createJobWithToken, createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createTestCertificates } from "@/lib/testing/netns/create-test-certificates";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import { createPwshRunner, type PwshRunner } from "./create-pwsh-runner";

const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [] };

// The machine's root store size beside the cmdlet's answer: with the CA it must grow by one, so the
// job trusts the private CA in addition to the system's CAs, not instead of them.
const script = `$roots = [System.Security.Cryptography.X509Certificates.X509Store]::new('Root', 'LocalMachine')
$roots.Open('ReadOnly')
"roots: $($roots.Certificates.Count)"
try { "greeting: $(Get-AutomationVariable -Name 'Greeting')" } catch { "failed: $($_.Exception.GetBaseException().Message)" }`;

describe.skipIf(skipPwsh)("pwsh runner: the automation cmdlets over https with a private CA (BATON_CA_FILE)", () => {
  let t: TestDb;
  let server: RouteServer;
  let runbook: { id: string; versionId: string };
  let certificateDir: string;
  let ca: string;
  const runners: PwshRunner[] = [];
  const tempRoots: string[] = [];

  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    const ring = testKeyRing();
    routeTarget.ring = ring;
    certificateDir = makeTempRoot();
    const certificates = await createTestCertificates(certificateDir, { ipAddresses: [] });
    ca = fs.readFileSync(certificates.caFile, "utf8");
    server = await startRouteServer({ tls: { cert: fs.readFileSync(certificates.certFile, "utf8"), key: fs.readFileSync(certificates.keyFile, "utf8") } });
    runbook = await createPublishedRunbook(t.db, { name: "Private-Ca", content: "'x'" });
    await createVariable(t.db, ring, { name: "Greeting", description: "", type: "string", isEncrypted: false, value: "hello over https" }, admin);
  });
  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.close()));
    await server?.close();
    await t?.drop();
    for (const dir of [...tempRoots, certificateDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function runWith(options: { ca?: string }): Promise<{ roots: number; answer: string; tempRoot: string }> {
    const tempRoot = makeTempRoot();
    tempRoots.push(tempRoot);
    // No pool: each runner starts the one process its job needs.
    const runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 0, ...options });
    runners.push(runner);
    const job = await createJobWithToken(t.db, runbook, "Running");
    const run = await runToEnd(runner, spec(script, { jobId: job.jobId, apiUrl: server.url, automationToken: job.token }));
    expect(run.outcome).toEqual({ status: "completed" });
    const [roots, answer] = run.records.map((r) => r.text);
    return { roots: Number(/^roots: (\d+)$/.exec(roots ?? "")?.[1]), answer: answer ?? "", tempRoot };
  }

  it("trusts the CA beside the system's when the runner has it, and refuses the certificate without it", async () => {
    expect(server.url).toMatch(/^https:/);
    const without = await runWith({});
    expect(without.answer).toMatch(/^failed: The remote certificate is invalid/);
    const trusted = await runWith({ ca });
    expect(trusted.answer).toBe("greeting: hello over https");
    expect(trusted.roots).toBe(without.roots + 1);
    // The job read a copy in the worker's temp root, which it cannot change.
    const copy = path.join(trusted.tempRoot, "ca.pem");
    expect(fs.readFileSync(copy, "utf8")).toBe(ca);
    expect(fs.statSync(copy).mode & 0o777).toBe(0o644);
  });
});
