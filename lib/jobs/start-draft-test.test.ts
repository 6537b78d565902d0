import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { saveDraft } from "@/lib/runbooks/save-draft";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { startDraftTest } from "./start-draft-test";

describe.each(testProviders)("testing the draft on %s", (provider) => {
  let t: TestDb;
  let alice: { kind: "user"; userId: string; name: string };
  beforeAll(async () => {
    t = await createTestDb(provider);
    alice = { kind: "user", userId: (await t.db.user.create({ data: { username: "alice", displayName: "Alice" } })).id, name: "alice" };
  });
  afterAll(async () => t?.drop());

  it("runs an immutable snapshot of the draft as a test job with the chosen streams, never published", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "T1", content: "param([ValidateSet('a','b')][string]$Mode) Write-Output $Mode" }), actingAs("alice"));
    const { jobId } = await startDraftTest(t.db, rb.id, { parameters: { Mode: "b" }, verbose: true }, alice);
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { runbookVersion: true } });
    expect(job).toMatchObject({ isTest: true, status: "Queued", logVerbose: true, logDebug: false, parameters: { Mode: "b" } });
    expect(job.runbookVersion).toMatchObject({ kind: "snapshot", number: null, content: "param([ValidateSet('a','b')][string]$Mode) Write-Output $Mode" });

    await saveDraft(t.db, rb.id, "Write-Output 'changed'", actingAs("alice"));
    expect((await t.db.runbookVersion.findUniqueOrThrow({ where: { id: job.runbookVersionId } })).content).toContain("$Mode");
    expect((await t.db.runbook.findUniqueOrThrow({ where: { id: rb.id } })).publishedVersionId).toBeNull();
  });

  it("refuses a draft with parse errors or bad parameters and leaves no snapshot behind", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "T2", content: "param([int]$N)\nif ($N {" }), actingAs("alice"));
    await expect(startDraftTest(t.db, rb.id, {}, alice)).rejects.toMatchObject({ code: "validation_failed", message: expect.stringMatching(/cannot run: line 2:\d+/) });
    await saveDraft(t.db, rb.id, "param([int]$N) $N", actingAs("alice"));
    await expect(startDraftTest(t.db, rb.id, { parameters: { N: "many" } }, alice)).rejects.toMatchObject({ field: "parameters.N", message: expect.stringMatching(/Cannot convert value "many" to type "System\.Int32"/) });
    expect(await t.db.runbookVersion.count({ where: { runbookId: rb.id, kind: "snapshot" } })).toBe(0);
  });
});
