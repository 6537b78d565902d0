import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { contentHash } from "./content-hash";
import { createRunbook } from "./create-runbook";
import { createRunbookSchema } from "./schemas";
import { saveDraft } from "./save-draft";
import { getRunbookContent } from "./get-runbook-content";
import { updateRunbook } from "./update-runbook";

describe("runbook name rules", () => {
  it.each(["Hello-World", "a", "Get_Users2", "A".repeat(63)])("accepts %s", (name) => {
    expect(createRunbookSchema.parse({ name }).name).toBe(name);
  });
  it.each(["1abc", "-x", "has space", "dot.name", "A".repeat(64), ""])("refuses %j", (name) => {
    expect(createRunbookSchema.safeParse({ name }).success).toBe(false);
  });
});

describe.each(testProviders)("creating and editing runbooks on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("creates a runbook with a draft holding the initial content", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Get-Disk", tags: ["ops", "ops", "db"], content: "Write-Output 1" }), actingAs("alice"));
    expect(rb).toMatchObject({ name: "Get-Disk", tags: ["db", "ops"], state: "new", createdBy: "alice", updatedBy: "alice", published: null });
    expect(rb.draft).toMatchObject({ contentHash: contentHash("Write-Output 1"), savedBy: "alice" });
    expect((await getRunbookContent(t.db, rb.id, "draft")).content).toBe("Write-Output 1");
    await expect(getRunbookContent(t.db, rb.id, "published")).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a name that differs only in case", async () => {
    await createRunbook(t.db, createRunbookSchema.parse({ name: "Restart-Service" }), actingAs("alice"));
    await expect(createRunbook(t.db, createRunbookSchema.parse({ name: "restart-service" }), actingAs("bob"))).rejects.toMatchObject({ code: "conflict" });
  });

  it("saves a draft and records who saved it", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Save-Me" }), actingAs("alice"));
    const draft = await saveDraft(t.db, rb.id, "param([string]$X)\n$X", actingAs("bob"));
    expect(draft).toMatchObject({ content: "param([string]$X)\n$X", contentHash: contentHash("param([string]$X)\n$X"), savedBy: "bob" });
    expect((await getRunbookContent(t.db, rb.id, "draft")).content).toBe("param([string]$X)\n$X");
  });

  it("updates properties and replaces tags", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Props", tags: ["a", "b"] }), actingAs("alice"));
    const updated = await updateRunbook(t.db, rb.id, { tags: ["c"], logVerbose: true, concurrencyLimit: 2, defaultRunOn: "linux" }, actingAs("carol"));
    expect(updated).toMatchObject({ tags: ["c"], logVerbose: true, concurrencyLimit: 2, defaultRunOn: "linux", updatedBy: "carol" });
    const cleared = await updateRunbook(t.db, rb.id, { concurrencyLimit: null }, actingAs("carol"));
    expect(cleared.concurrencyLimit).toBeNull();
    expect(cleared.tags).toEqual(["c"]);
  });

  it("renames, refusing a name another runbook holds in any case, but allowing a change of case", async () => {
    const a = await createRunbook(t.db, createRunbookSchema.parse({ name: "Rename-Me" }), actingAs("alice"));
    await createRunbook(t.db, createRunbookSchema.parse({ name: "Taken" }), actingAs("alice"));
    await expect(updateRunbook(t.db, a.id, { name: "TAKEN" }, actingAs("bob"))).rejects.toMatchObject({ code: "conflict", message: "A runbook named Taken already exists", field: "name" });
    await expect(createRunbook(t.db, createRunbookSchema.parse({ name: "taken" }), actingAs("bob"))).rejects.toMatchObject({ code: "conflict", field: "name" });
    expect((await updateRunbook(t.db, a.id, { name: "rename-me" }, actingAs("bob"))).name).toBe("rename-me");
    expect((await updateRunbook(t.db, a.id, { name: "Renamed" }, actingAs("bob"))).name).toBe("Renamed");
  });
});
