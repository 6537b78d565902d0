import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createRunbook } from "./create-runbook";
import { discardDraft } from "./discard-draft";
import { getRunbookContent } from "./get-runbook-content";
import { getRunbookOrThrow } from "./get-runbook-or-throw";
import { publishRunbook } from "./publish-runbook";
import { saveDraft } from "./save-draft";
import { createRunbookSchema } from "./schemas";

describe.each(testProviders)("discarding a draft on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("resets the draft to the published script and the runbook to Published", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Discard", content: "Write-Output 1" }), actingAs("alice"));
    await publishRunbook(t.db, rb.id, actingAs("alice"));
    await saveDraft(t.db, rb.id, "Write-Output 2", actingAs("alice"));
    expect((await getRunbookOrThrow(t.db, rb.id)).state).toBe("edited");

    const draft = await discardDraft(t.db, rb.id, actingAs("bob"));
    expect(draft).toMatchObject({ content: "Write-Output 1", savedBy: "bob", errors: [] });
    expect((await getRunbookContent(t.db, rb.id, "draft")).content).toBe("Write-Output 1");
    expect((await getRunbookOrThrow(t.db, rb.id)).state).toBe("published");
  });

  it("refuses when nothing was ever published, and for an unknown runbook", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "NeverPublished", content: "Write-Output 1" }), actingAs("alice"));
    await expect(discardDraft(t.db, rb.id, actingAs("alice"))).rejects.toMatchObject({ code: "conflict" });
    expect((await getRunbookContent(t.db, rb.id, "draft")).content).toBe("Write-Output 1");
    await expect(discardDraft(t.db, "00000000-0000-4000-8000-000000000000", actingAs("alice"))).rejects.toMatchObject({ code: "not_found" });
  });
});
