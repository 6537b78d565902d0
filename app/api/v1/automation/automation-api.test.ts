import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { createCredential } from "@/lib/assets/create-credential";
import { createVariable } from "@/lib/assets/create-variable";
import { routeTarget } from "@/lib/testing/route-target";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { createJobWithToken, createPublishedRunbook, createUserWithRole, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as checkpoint from "./checkpoint/route";
import * as credentials from "./credentials/[name]/route";
import * as childJob from "./jobs/[jobId]/route";
import * as jobs from "./jobs/route";
import * as variables from "./variables/[name]/route";


const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [] };

describe.each(testProviders)("automation API job tokens on %s", (provider) => {
  let t: TestDb;
  let rb: { id: string; versionId: string };
  const ring = testKeyRing();
  const getVariable = (token: string | undefined, name = "Secret") =>
    call(variables.GET, { method: "GET", path: `/api/v1/automation/variables/${name}`, token, params: { name } });

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    routeTarget.ring = ring;
    rb = await createPublishedRunbook(t.db, { name: "Runner", content: "Write-Output 1" });
    await createVariable(t.db, ring, { name: "Secret", description: "", type: "string", isEncrypted: true, value: "job-visible-secret" }, admin);
    await createCredential(t.db, ring, { name: "Cred", description: "", userName: "svc", password: "cred-pw-1" }, admin);
  });
  afterAll(async () => t?.drop());

  /** Puts a job in Running with a fresh automation token, as a worker's claim does; returns the token. */
  const running = async (jobId: string) => {
    const token = generateToken("job");
    await t.db.job.update({ where: { id: jobId }, data: { status: "Running", automationTokenHash: hashToken(token) } });
    return token;
  };

  it("serves decrypted secrets with their mask list to a job while a worker holds it", async () => {
    for (const status of ["Activating", "Running", "Stopping", "Suspending"]) {
      const { token } = await createJobWithToken(t.db, rb, status);
      const res = await getVariable(token);
      expect(res.status, status).toBe(200);
      expect(res.body).toMatchObject({ name: "Secret", type: "string", isEncrypted: true, value: "job-visible-secret", maskValues: ["job-visible-secret"] });
    }
    const { token, jobId } = await createJobWithToken(t.db, rb, "Running");
    const cred = await call(credentials.GET, { method: "GET", path: "/api/v1/automation/credentials/cred", token, params: { name: "cred" } });
    expect(cred.body).toMatchObject({ userName: "svc", password: "cred-pw-1", maskValues: ["cred-pw-1"] });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "credential.reveal", actorId: jobId } });
    expect(audit).toMatchObject({ actorKind: "job", targetName: "Cred" });
    expect(JSON.stringify(audit)).not.toContain("cred-pw-1");
  });

  it("refuses ended, queued and unknown jobs' tokens, and other kinds of credentials", async () => {
    for (const status of ["Completed", "Failed", "Stopped", "Suspended", "Queued", "New"]) {
      const { token } = await createJobWithToken(t.db, rb, status);
      const res = await getVariable(token);
      expect(res.status, status).toBe(401);
      expect(res.body.error.message).toBe("This job token is no longer valid");
    }
    expect((await getVariable(generateToken("job"))).body.error.message).toBe("This job token is not valid");
    expect((await getVariable(undefined)).status).toBe(401);
    // A user's API token, even an administrator's, is not a job token.
    const userToken = await createApiUser(t.db, "Administrator");
    expect((await getVariable(userToken)).status).toBe(401);
  });

  it("keeps each job to its own checkpoint and its own children", async () => {
    const operator = await createUserWithRole(t.db, "Operator");
    const a = await createJobWithToken(t.db, rb, "Running", { actingUserId: operator.id });
    const b = await createJobWithToken(t.db, rb, "Running", { actingUserId: operator.id });
    const put = (token: string, state: unknown) => call(checkpoint.PUT, { method: "PUT", path: "/api/v1/automation/checkpoint", token, body: { state } });
    const get = (token: string) => call(checkpoint.GET, { method: "GET", path: "/api/v1/automation/checkpoint", token });
    expect((await put(a.token, { step: 2 })).status).toBe(200);
    expect((await get(a.token)).body.state).toEqual({ step: 2 });
    expect((await get(b.token)).body).toEqual({ state: null, updatedAt: null });
    expect((await put(a.token, null)).status).toBe(200);
    expect((await get(a.token)).body.state).toBeNull();
    expect((await put(a.token, "x".repeat(1024 * 1024 + 1))).status).toBe(413);

    const started = await call(jobs.POST, { method: "POST", path: "/api/v1/automation/jobs", token: a.token, body: { name: "runner", parameters: {} } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const child = await t.db.job.findUniqueOrThrow({ where: { id: started.body.jobId } });
    expect(child).toMatchObject({ parentJobId: a.jobId, startedByKind: "job", status: "Queued" });
    const readChild = (token: string) => call(childJob.GET, { method: "GET", path: `/api/v1/automation/jobs/${child.id}`, token, params: { jobId: child.id } });
    expect((await readChild(a.token)).body).toMatchObject({ id: child.id, runbookName: "Runner", status: "Queued", isTerminal: false, output: [] });
    expect((await readChild(b.token)).status).toBe(404);

    // Once the job ends, its token can neither read its checkpoint nor start children.
    await t.db.job.update({ where: { id: a.jobId }, data: { status: "Completed" } });
    expect((await get(a.token)).status).toBe(401);
    expect((await readChild(a.token)).status).toBe(401);
  });

  it("starts and reads children only as the user who started the chain's root job may", async () => {
    const teamA = await createPublishedRunbook(t.db, { name: `team-a-${provider}`, tags: ["teamA"] });
    const untagged = await createPublishedRunbook(t.db, { name: `untagged-${provider}` });
    const readable = await createPublishedRunbook(t.db, { name: `readable-${provider}`, tags: ["readonly"] });
    const author = await createUserWithRole(t.db, "Author", "teamA");
    await t.db.roleAssignment.create({ data: { userId: author.id, role: "Reader", scopeTag: "readonly" } });
    const root = await createJobWithToken(t.db, teamA, "Running", { actingUserId: author.id });
    const start = (token: string, name: string) => call(jobs.POST, { method: "POST", path: "/api/v1/automation/jobs", token, body: { name, parameters: {} } });
    const read = (token: string, jobId: string) => call(childJob.GET, { method: "GET", path: `/api/v1/automation/jobs/${jobId}`, token, params: { jobId } });

    // The runbook the author cannot see is "not found", as it is to the author on the API.
    const hidden = await start(root.token, untagged.name);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toBe(`Runbook '${untagged.name}' not found`);
    const readOnly = await start(root.token, readable.name);
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error.message).toBe(`This job acts as ${author.username}, who may not start runbook '${readable.name}' (job.start permission needed)`);
    const started = await start(root.token, teamA.name);
    expect(started.status).toBe(201);
    const child = await t.db.job.findUniqueOrThrow({ where: { id: started.body.jobId } });
    expect(child).toMatchObject({ actingUserId: author.id, actingTokenId: null, parentJobId: root.jobId });

    // The child, once running, acts as the root's user too: the chain cannot climb past it.
    const childToken = await running(child.id);
    expect((await start(childToken, untagged.name)).status).toBe(404);
    const grandchild = await start(childToken, teamA.name);
    expect(grandchild.status).toBe(201);
    expect(await t.db.job.findUniqueOrThrow({ where: { id: grandchild.body.jobId } })).toMatchObject({ actingUserId: author.id, parentJobId: child.id });

    // Reading the child follows the user's rights as they are now.
    expect((await read(root.token, child.id)).status).toBe(200);
    await t.db.roleAssignment.deleteMany({ where: { userId: author.id, scopeTag: "teamA" } });
    expect((await read(root.token, child.id)).status).toBe(404);
    expect((await start(root.token, teamA.name)).status).toBe(404);

    // A chain with no one behind it (a schedule linked before identities were recorded) starts nothing.
    const orphan = await createJobWithToken(t.db, teamA, "Running");
    const refused = await start(orphan.token, teamA.name);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("This job cannot start runbooks: no user is recorded as having started its chain");
  });

  it("acts as the API token that started the root job, and stops when the token is revoked", async () => {
    const operator = await createUserWithRole(t.db, "Operator");
    const apiToken = await t.db.apiToken.create({ data: { userId: operator.id, name: "ci", tokenHash: `hash-${provider}-${Date.now()}`, prefix: "bat_x" } });
    const [rootId] = await startJobs(t.db, rb.id, 1, { startedBy: { kind: "token", userId: operator.id, tokenId: apiToken.id, name: operator.username } });
    expect(await t.db.job.findUniqueOrThrow({ where: { id: rootId } })).toMatchObject({ actingUserId: operator.id, actingTokenId: apiToken.id });
    const token = await running(rootId!);
    const start = () => call(jobs.POST, { method: "POST", path: "/api/v1/automation/jobs", token, body: { name: "runner", parameters: {} } });
    const started = await start();
    expect(started.status).toBe(201);
    expect(await t.db.job.findUniqueOrThrow({ where: { id: started.body.jobId } })).toMatchObject({ actingUserId: operator.id, actingTokenId: apiToken.id });
    await t.db.apiToken.update({ where: { id: apiToken.id }, data: { revokedAt: new Date() } });
    const refused = await start();
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(`This job cannot start runbooks: it acts as the API token that started its chain (${operator.username}'s), which no longer works`);
  });

  it("type-checks Set-AutomationVariable and names the field", async () => {
    const { token } = await createJobWithToken(t.db, rb, "Running");
    const set = (value: unknown) => call(variables.PUT, { method: "PUT", path: "/api/v1/automation/variables/Secret", token, body: { value }, params: { name: "Secret" } });
    const bad = await set(12);
    expect(bad.status).toBe(422);
    expect(bad.body.error.field).toBe("value");
    expect((await set("replaced")).status).toBe(204);
    expect((await getVariable(token)).body.value).toBe("replaced");
    const missing = await call(variables.PUT, { method: "PUT", path: "/api/v1/automation/variables/Nope", token, body: { value: 1 }, params: { name: "Nope" } });
    expect(missing.body.error.message).toBe("Variable 'Nope' not found");
  });
});
