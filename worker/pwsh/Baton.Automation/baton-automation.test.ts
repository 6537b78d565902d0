import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { createCertificate } from "@/lib/assets/create-certificate";
import { createConnection } from "@/lib/assets/create-connection";
import { createConnectionType } from "@/lib/assets/create-connection-type";
import { createCredential } from "@/lib/assets/create-credential";
import { createVariable } from "@/lib/assets/create-variable";
import { revealVariable } from "@/lib/assets/reveal-variable";
import { makeTestCertificate } from "@/lib/assets/testing/make-certificate";
import { routeTarget } from "@/lib/testing/route-target";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { createJobWithToken, createPublishedRunbook, createUserWithRole } from "@/lib/jobs/testing/job-fixtures";
import { startAutomationServer } from "@/app/api/v1/automation/testing/automation-server";
import { automationModulePath, runPwshScript } from "@/worker/testing/run-pwsh-script";
import { createTestDb, oneTestProvider, type TestDb } from "@/lib/testing/test-db";


const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [] };
const pfxPassword = "module-pfx-password";
const cert = makeTestCertificate({ commonName: "module.example", notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + 90 * 86_400_000), password: pfxPassword });

/** A pwsh script that loads the module the way the host does and prints its results as JSON. */
function script(apiUrl: string, token: string, body: string): string {
  return `
$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'
$sink = [System.Collections.Concurrent.ConcurrentQueue[string]]::new()
Import-Module '${automationModulePath}'
Initialize-BatonAutomation -ApiUrl '${apiUrl}' -Token '${token}' -SecretSink $sink
$r = [ordered]@{}
${body}
$r.sink = @($sink.ToArray())
$r | ConvertTo-Json -Depth 8 -Compress
`;
}

describe.each(oneTestProvider("postgresql"))("Baton.Automation module in real pwsh on %s", (provider) => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startAutomationServer>>;
  let parent: { jobId: string; token: string };
  let worker: NodeJS.Timeout;
  let stopped = false;
  const ring = testKeyRing();

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    routeTarget.ring = ring;
    server = await startAutomationServer();
    const rb = await createPublishedRunbook(t.db, { name: "Parent", content: "Write-Output 1" });
    await createPublishedRunbook(t.db, { name: "Child", content: "param($N) 1..$N" });
    parent = await createJobWithToken(t.db, rb, "Running", { actingUserId: (await createUserWithRole(t.db, "Operator")).id });

    // Stands in for a worker: completes every queued child job, writing output records the
    // way the runner stores them (text, plus the host's JSON for objects).
    const completeChildren = async () => {
      const queued = await t.db.job.findMany({ where: { parentJobId: { not: null }, status: "Queued" } });
      for (const job of queued) {
        const n = Number((job.parameters as { N?: number } | null)?.N ?? 0);
        if (n === 0) continue;
        await t.db.jobStreamRecord.createMany({
          data: Array.from({ length: n }, (_, i) => ({ jobId: job.id, seq: i + 1, type: "output", ts: new Date(), text: `item ${i + 1}`, data: { json: JSON.stringify({ Index: i + 1 }) } })),
        });
        await t.db.job.update({ where: { id: job.id }, data: { status: n > 5 ? "Failed" : "Completed", exception: n > 5 ? "N too large" : null, endedAt: new Date() } });
      }
    };
    // One tick at a time, and none after the suite ends (the database is dropped then).
    const tick = () => {
      worker = setTimeout(() => void completeChildren().then(() => !stopped && tick()), 50);
    };
    tick();

    await createVariable(t.db, ring, { name: "Greeting", description: "", type: "string", isEncrypted: false, value: "2026-01-01T00:00:00Z" }, admin);
    await createVariable(t.db, ring, { name: "Count", description: "", type: "integer", isEncrypted: false, value: 42 }, admin);
    await createVariable(t.db, ring, { name: "When", description: "", type: "datetime", isEncrypted: false, value: "2026-05-06T07:08:09Z" }, admin);
    await createVariable(t.db, ring, { name: "Config", description: "", type: "json", isEncrypted: false, value: { region: "westeurope", sizes: [1, 2] } }, admin);
    await createVariable(t.db, ring, { name: "Api Key", description: "", type: "string", isEncrypted: true, value: "variable-secret-123" }, admin);
    await createCredential(t.db, ring, { name: "Admin", description: "", userName: "CONTOSO\\admin", password: "credential-secret-456" }, admin);
    await createConnectionType(t.db, { name: "SP", description: "", fields: [{ name: "TenantId", type: "string", isSecret: false, isOptional: false }, { name: "ClientSecret", type: "string", isSecret: true, isOptional: false }, { name: "Port", type: "integer", isSecret: false, isOptional: true }] }, admin);
    await createConnection(t.db, ring, { name: "Prod", description: "", connectionType: "SP", values: { TenantId: "tenant-1", ClientSecret: "connection-secret-789", Port: 443 } }, admin);
    await createCertificate(t.db, ring, { name: "Signing", description: "", data: cert.pfx, password: pfxPassword, exportable: false }, admin);
    await createCertificate(t.db, ring, { name: "Public", description: "", data: cert.cer, exportable: false }, admin);
  });
  afterAll(async () => {
    stopped = true;
    clearTimeout(worker);
    await server?.close();
    await t?.drop();
  });

  it("returns assets with Azure Automation's types and registers every secret for masking", async () => {
    const run = await runPwshScript(
      script(
        server.url,
        parent.token,
        `
$r.greeting = Get-AutomationVariable -Name 'Greeting'
$r.greetingType = (Get-AutomationVariable 'Greeting').GetType().Name
$r.count = Get-AutomationVariable -Name 'count'
$r.when = (Get-AutomationVariable -Name 'When').ToUniversalTime().ToString('o')
$r.whenType = (Get-AutomationVariable -Name 'When').GetType().Name
$config = Get-AutomationVariable -Name 'Config'
$r.region = $config.region
$r.sizes = $config.sizes
$r.apiKey = Get-AutomationVariable -Name 'Api Key'
$cred = Get-AutomationPSCredential -Name 'Admin'
$r.credType = $cred.GetType().FullName
$r.user = $cred.UserName
$r.password = $cred.GetNetworkCredential().Password
$conn = Get-AutomationConnection -Name 'Prod'
$r.connType = $conn.GetType().Name
$r.tenant = $conn.tenantid
$r.connSecret = $conn.ClientSecret
$r.port = $conn.Port
$pfx = Get-AutomationCertificate -Name 'Signing'
$r.certType = $pfx.GetType().Name
$r.thumbprint = $pfx.Thumbprint
$r.hasKey = $pfx.HasPrivateKey
$r.signed = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($pfx).SignData([byte[]](1,2,3), 'SHA256', [System.Security.Cryptography.RSASignaturePadding]::Pkcs1).Length
$r.cerHasKey = (Get-AutomationCertificate -Name 'Public').HasPrivateKey
$r.tokenInEnv = @(Get-ChildItem env: | Where-Object { $_.Value -like 'bjt_*' }).Count
try { Get-AutomationVariable -Name 'Missing' } catch { $r.missing = $_.Exception.Message; $r.missingCategory = $_.CategoryInfo.Category.ToString() }
`,
      ),
    );
    expect(run.stderr).toBe("");
    const r = JSON.parse(run.stdout);
    expect(r).toMatchObject({
      greeting: "2026-01-01T00:00:00Z",
      greetingType: "String",
      count: 42,
      when: "2026-05-06T07:08:09.0000000Z",
      whenType: "DateTime",
      region: "westeurope",
      sizes: [1, 2],
      apiKey: "variable-secret-123",
      credType: "System.Management.Automation.PSCredential",
      user: "CONTOSO\\admin",
      password: "credential-secret-456",
      connType: "Hashtable",
      tenant: "tenant-1",
      connSecret: "connection-secret-789",
      port: 443,
      certType: "X509Certificate2",
      thumbprint: cert.thumbprint,
      hasKey: true,
      signed: 256,
      cerHasKey: false,
      tokenInEnv: 0,
      missing: "Variable 'Missing' not found",
      missingCategory: "ObjectNotFound",
    });
    expect(r.sink).toEqual(expect.arrayContaining(["variable-secret-123", "credential-secret-456", "connection-secret-789", pfxPassword, cert.pfx]));
    for (const notSecret of ["2026-01-01T00:00:00Z", "tenant-1", "westeurope", cert.cer]) expect(r.sink).not.toContain(notSecret);
  });

  it("sets variables with type checks and keeps a checkpoint", async () => {
    const run = await runPwshScript(
      script(
        server.url,
        parent.token,
        `
Set-AutomationVariable -Name 'Count' -Value 43
Set-AutomationVariable -Name 'When' -Value ([datetime]::new(2030, 1, 2, 3, 4, 5, [DateTimeKind]::Utc))
Set-AutomationVariable -Name 'Api Key' -Value 'rotated-by-runbook'
try { Set-AutomationVariable -Name 'Count' -Value 'forty' } catch { $r.typeError = $_.Exception.Message; $r.typeCategory = $_.CategoryInfo.Category.ToString() }
$r.before = Get-AutomationCheckpoint
Set-AutomationCheckpoint -State @{ step = 3; done = @('a', 'b') }
$cp = Get-AutomationCheckpoint
$r.step = $cp.step
$r.done = $cp.done
`,
      ),
    );
    expect(run.stderr).toBe("");
    const r = JSON.parse(run.stdout);
    expect(r).toMatchObject({ typeError: "value: must be a whole number (within ±2^53) for an integer variable", typeCategory: "InvalidArgument", before: null, step: 3, done: ["a", "b"] });
    expect((await revealVariable(t.db, ring, "Count")).value).toBe(43);
    expect((await revealVariable(t.db, ring, "When")).value).toBe("2030-01-02T03:04:05.000Z");
    expect((await revealVariable(t.db, ring, "Api Key")).value).toBe("rotated-by-runbook");
    const row = await t.db.variable.findFirstOrThrow({ where: { name: "Api Key" } });
    expect(row.updatedBy).toBe(`Parent (job ${parent.jobId})`);
    expect(await t.db.auditEvent.findFirst({ where: { action: "variable.set-value", targetName: "Count", actorKind: "job", actorId: parent.jobId } })).not.toBeNull();
    expect((await t.db.jobCheckpoint.findUniqueOrThrow({ where: { jobId: parent.jobId } })).state).toEqual({ step: 3, done: ["a", "b"] });
  });

  it("starts child runbooks, waits for them and returns their output", async () => {
    const run = await runPwshScript(
      script(
        server.url,
        parent.token,
        `
$out = Start-AutomationRunbook -Name 'child' -Parameters @{ N = 3 } -Wait -PollIntervalSeconds 0.1
$r.outputIndexes = @($out | ForEach-Object Index)
$id = Start-AutomationRunbook -Name 'Child' -Parameters @{ N = 2 }
$r.idType = $id.GetType().Name
$job = Wait-AutomationJob -Id $id -TimeoutInSeconds 30 -PollIntervalSeconds 0.1
$r.status = $job.Status
$r.count = $job.Output.Count
try { Start-AutomationRunbook -Name 'Child' -Parameters @{ N = 9 } -Wait -PollIntervalSeconds 0.1 } catch { $r.childFailed = $_.Exception.Message }
$hanging = Start-AutomationRunbook -Name 'Child'
try { Wait-AutomationJob -Id $hanging -TimeoutInSeconds 1 -PollIntervalSeconds 0.1 } catch { $r.timeout = $_.Exception.Message }
try { Start-AutomationRunbook -Name 'NoSuchRunbook' } catch { $r.noRunbook = $_.Exception.Message }
`,
      ),
    );
    expect(run.stderr).toBe("");
    const r = JSON.parse(run.stdout);
    expect(r).toMatchObject({ outputIndexes: [1, 2, 3], idType: "Guid", status: "Completed", count: 2, noRunbook: "Runbook 'NoSuchRunbook' not found" });
    expect(r.childFailed).toMatch(/^Runbook 'Child' \(job [0-9a-f-]+\) ended Failed: N too large$/);
    expect(r.timeout).toMatch(/^Timed out after 1 seconds waiting for job [0-9a-f-]+ \(status Queued\)$/);
    const children = await t.db.job.findMany({ where: { parentJobId: parent.jobId } });
    expect(children).toHaveLength(4);
    expect(children.every((c) => c.startedByKind === "job")).toBe(true);
  });

  it("starts and waits for children as the user who started the chain: a tag-scoped author reaches only their tag", async () => {
    const teamRb = await createPublishedRunbook(t.db, { name: `TeamParent-${provider}`, tags: ["teamA"] });
    await createPublishedRunbook(t.db, { name: `TeamChild-${provider}`, content: "param($N) 1..$N", tags: ["teamA"] });
    await createPublishedRunbook(t.db, { name: `Untagged-${provider}`, content: "param($N) 1..$N" });
    const author = await createUserWithRole(t.db, "Author", "teamA");
    const teamParent = await createJobWithToken(t.db, teamRb, "Running", { actingUserId: author.id });
    const run = await runPwshScript(
      script(
        server.url,
        teamParent.token,
        `
$r.teamOutput = @(Start-AutomationRunbook -Name 'TeamChild-${provider}' -Parameters @{ N = 2 } -Wait -PollIntervalSeconds 0.1 | ForEach-Object Index)
try { Start-AutomationRunbook -Name 'Untagged-${provider}' -Parameters @{ N = 1 } } catch { $r.untagged = $_.Exception.Message }
`,
      ),
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({ teamOutput: [1, 2], untagged: `Runbook 'Untagged-${provider}' not found` });
    const children = await t.db.job.findMany({ where: { parentJobId: teamParent.jobId }, include: { runbook: true } });
    expect(children.map((c) => [c.runbook.name, c.actingUserId])).toEqual([[`TeamChild-${provider}`, author.id]]);

    // Once the author loses the tag, the same chain can no longer read that child's output.
    await t.db.roleAssignment.deleteMany({ where: { userId: author.id } });
    const after = await runPwshScript(
      script(server.url, teamParent.token, `try { Wait-AutomationJob -Id '${children[0]!.id}' -TimeoutInSeconds 5 -PollIntervalSeconds 0.1 } catch { $r.wait = $_.Exception.Message }`),
    );
    expect(JSON.parse(after.stdout)).toMatchObject({ wait: `Child job ${children[0]!.id} not found` });
  });

  it("stops working once the job has ended", async () => {
    await t.db.job.update({ where: { id: parent.jobId }, data: { status: "Completed" } });
    const run = await runPwshScript(script(server.url, parent.token, `try { Get-AutomationVariable -Name 'Count' } catch { $r.error = $_.Exception.Message; $r.category = $_.CategoryInfo.Category.ToString() }`));
    expect(JSON.parse(run.stdout)).toMatchObject({ error: "This job token is no longer valid", category: "AuthenticationError" });
    await t.db.job.update({ where: { id: parent.jobId }, data: { status: "Running" } });
  });
});
