import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createRunbook } from "./create-runbook";
import { getRunbookContent } from "./get-runbook-content";
import { listRunbookVersions } from "./list-runbook-versions";
import { publishRunbook } from "./publish-runbook";
import { restoreVersion } from "./restore-version";
import { saveDraft } from "./save-draft";
import { createRunbookSchema, listRunbooksQuerySchema } from "./schemas";
import { ensureSampleRunbook, sampleRunbookName } from "./ensure-sample-runbook";

describe.each(testProviders)("publishing runbooks on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("creates the sample runbook once, published", async () => {
    expect(await ensureSampleRunbook(t.db)).toEqual({ created: true });
    expect(await ensureSampleRunbook(t.db)).toEqual({ created: false });
    const rb = await t.db.runbook.findUniqueOrThrow({ where: { name: sampleRunbookName }, include: { publishedVersion: true } });
    expect(rb.publishedVersion?.number).toBe(1);
    expect(rb.publishedVersion?.content).toContain("[string]$Name = 'World'");
  });

  it("numbers versions, keeps the draft editable and tracks state", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Pub", content: "Write-Output 1" }), actingAs("alice"));
    const v1 = await publishRunbook(t.db, rb.id, actingAs("bob"));
    expect(v1).toMatchObject({ state: "published", publishedVersion: 1, published: { number: 1, publishedBy: "bob" } });

    await saveDraft(t.db, rb.id, "Write-Output 2", actingAs("alice"));
    const edited = await getRunbookContent(t.db, rb.id, "published");
    expect(edited.content).toBe("Write-Output 1");
    const v2 = await publishRunbook(t.db, rb.id, actingAs("bob"));
    expect(v2).toMatchObject({ state: "published", publishedVersion: 2 });
    expect((await getRunbookContent(t.db, rb.id, "published")).content).toBe("Write-Output 2");
    expect((await getRunbookContent(t.db, rb.id, "draft")).content).toBe("Write-Output 2");

    const versions = await listRunbookVersions(t.db, rb.id);
    expect(versions.map((v) => [v.kind, v.number, v.isCurrent])).toEqual([
      ["draft", null, true],
      ["published", 2, true],
      ["published", 1, false],
    ]);
  });

  it("reports an edited draft and refuses to republish identical or empty content", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Edit", content: "1" }), actingAs("alice"));
    await publishRunbook(t.db, rb.id, actingAs("alice"));
    await expect(publishRunbook(t.db, rb.id, actingAs("alice"))).rejects.toMatchObject({ code: "conflict" });
    await saveDraft(t.db, rb.id, "2", actingAs("alice"));
    const { listRunbookPage } = await import("./list-runbook-page");
    const [summary] = (await listRunbookPage(t.db, { ...listRunbooksQuerySchema.parse({ search: "edit" }), visibleTags: null })).items;
    expect(summary).toMatchObject({ name: "Edit", state: "edited", publishedVersion: 1 });

    const empty = await createRunbook(t.db, createRunbookSchema.parse({ name: "Empty" }), actingAs("alice"));
    await expect(publishRunbook(t.db, empty.id, actingAs("alice"))).rejects.toMatchObject({ code: "validation_failed", field: "content" });
  });

  it("stores the parsed param() block on the draft and the published version, and refuses scripts with parse errors", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Parsed", content: "param([int]$N = 1)" }), actingAs("alice"));
    const script = "param(\n  [Parameter(Mandatory)][ValidateSet('a', 'b')][string]$Mode\n)\nWrite-Output $Mode";
    const saved = await saveDraft(t.db, rb.id, script, actingAs("alice"));
    expect(saved.errors).toEqual([]);
    expect(saved.parameters).toMatchObject([{ name: "Mode", type: "string", mandatory: true, validateSet: ["a", "b"] }]);
    const draftRow = await t.db.runbookVersion.findFirstOrThrow({ where: { runbookId: rb.id, kind: "draft" } });
    expect(draftRow.parameters).toEqual(saved.parameters);

    await publishRunbook(t.db, rb.id, actingAs("bob"));
    const published = await t.db.runbookVersion.findFirstOrThrow({ where: { runbookId: rb.id, kind: "published" } });
    expect(published.parameters).toEqual(saved.parameters);

    const broken = await saveDraft(t.db, rb.id, "Write-Output 1\nif ($true) {\n  Write-Output 2\n", actingAs("alice"));
    expect(broken.errors[0]).toMatchObject({ line: 2, column: 12, message: expect.stringMatching(/Missing closing '}'/) });
    await expect(publishRunbook(t.db, rb.id, actingAs("bob"))).rejects.toMatchObject({
      code: "validation_failed",
      field: "content",
      message: expect.stringMatching(/parse errors.*line 2:12: Missing closing '}'/),
    });
    expect((await getRunbookContent(t.db, rb.id, "published")).content).toBe(script);
  });

  it("restores a published version into the draft without publishing it, and only versions of that runbook", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Restore", content: "param([string]$A)" }), actingAs("alice"));
    await publishRunbook(t.db, rb.id, actingAs("alice"));
    await saveDraft(t.db, rb.id, "param([int]$B)", actingAs("alice"));
    await publishRunbook(t.db, rb.id, actingAs("alice"));
    const v1 = (await listRunbookVersions(t.db, rb.id)).find((v) => v.number === 1)!;
    const restored = await restoreVersion(t.db, rb.id, v1.id, actingAs("carol"));
    expect(restored).toMatchObject({ content: "param([string]$A)", savedBy: "carol", parameters: [{ name: "A", type: "string" }] });
    expect((await getRunbookContent(t.db, rb.id, "published")).number).toBe(2);

    const other = await createRunbook(t.db, createRunbookSchema.parse({ name: "Other" }), actingAs("alice"));
    await expect(restoreVersion(t.db, other.id, v1.id, actingAs("carol"))).rejects.toMatchObject({ code: "not_found" });
  });
});
