import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createRunbook } from "./create-runbook";
import { listRunbookPage } from "./list-runbook-page";
import { createRunbookSchema, listRunbooksQuerySchema } from "./schemas";
import { updateRunbook } from "./update-runbook";

describe.each(testProviders)("runbook pages on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
    for (const name of ["charlie", "Alpha", "bravo", "delta", "Echo"]) await createRunbook(t.db, createRunbookSchema.parse({ name }), actingAs("a"));
    // Touch bravo last, so it is the most recently updated.
    const bravo = await t.db.runbook.findFirstOrThrow({ where: { name: "bravo" } });
    await updateRunbook(t.db, bravo.id, { description: "touched" }, actingAs("a"));
  });
  afterAll(async () => t?.drop());

  const page = (raw: Record<string, string>) => listRunbookPage(t.db, { ...listRunbooksQuerySchema.parse(raw), visibleTags: null });
  const names = (p: { items: { name: string }[] }) => p.items.map((r) => r.name);

  it("walks every runbook by name, ignoring case, with the cursor", async () => {
    const first = await page({ limit: "2" });
    expect(names(first)).toEqual(["Alpha", "bravo"]);
    const second = await page({ limit: "2", cursor: first.nextCursor! });
    expect(names(second)).toEqual(["charlie", "delta"]);
    const third = await page({ limit: "2", cursor: second.nextCursor! });
    expect(third).toMatchObject({ nextCursor: null });
    expect(names(third)).toEqual(["Echo"]);
  });

  it("sorts by -name and -updatedAt", async () => {
    expect(names(await page({ sort: "-name" }))).toEqual(["Echo", "delta", "charlie", "bravo", "Alpha"]);
    expect(names(await page({ sort: "-updatedAt", limit: "1" }))).toEqual(["bravo"]);
  });

  it("keeps its place when the item under the cursor is gone", async () => {
    const first = await page({ limit: "3" });
    await t.db.runbook.delete({ where: { id: first.items[2]!.id } });
    expect(names(await page({ limit: "3", cursor: first.nextCursor! }))).toEqual(["delta", "Echo"]);
  });

  it("sorts and finds a runbook by its new name, description and tags after an update", async () => {
    const echo = await t.db.runbook.findFirstOrThrow({ where: { name: "Echo" } });
    await updateRunbook(t.db, echo.id, { name: "Zulu_Last", description: "Weekly REPORT", tags: ["finance"] }, actingAs("a"));
    for (const search of ["zulu_", "report", "FINANCE"]) expect(names(await page({ search })), search).toEqual(["Zulu_Last"]);
    expect(names(await page({ search: "echo" }))).toEqual([]);
    expect(names(await page({ sort: "-name", limit: "1" }))).toEqual(["Zulu_Last"]);
    await updateRunbook(t.db, echo.id, { tags: [] }, actingAs("a"));
    expect(names(await page({ search: "finance" }))).toEqual([]);
    expect(names(await page({ search: "weekly" }))).toEqual(["Zulu_Last"]);
  });

  it("refuses a cursor it did not issue and an unknown sort, naming the field", async () => {
    await expect(page({ cursor: "bm9wZQ" })).rejects.toMatchObject({ code: "validation_failed", field: "cursor" });
    expect(() => listRunbooksQuerySchema.parse({ sort: "size" })).toThrow(/must be one of name, -name, updatedAt, -updatedAt/);
  });
});
