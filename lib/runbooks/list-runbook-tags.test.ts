import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createRunbook } from "./create-runbook";
import { listRunbookTags } from "./list-runbook-tags";
import { createRunbookSchema } from "./schemas";

describe.each(testProviders)("the tags in use on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
    const create = (name: string, tags: string[]) => createRunbook(t.db, createRunbookSchema.parse({ name, tags }), actingAs("a"));
    await create("Pay-Run", ["payments", "nightly"]);
    await create("Pay-Refund", ["payments"]);
    await create("Hr-Sync", ["hr", "nightly"]);
    await create("Untagged", []);
  });
  afterAll(async () => t?.drop());

  const sorted = (rows: { tag: string; runbooks: number }[]) => [...rows].sort((a, b) => a.tag.localeCompare(b.tag));

  it("counts the runbooks carrying each tag", async () => {
    expect(sorted(await listRunbookTags(t.db, null))).toEqual([
      { tag: "hr", runbooks: 1 },
      { tag: "nightly", runbooks: 2 },
      { tag: "payments", runbooks: 2 },
    ]);
  });

  it("shows a tag-scoped reader only the tags of the runbooks they may read", async () => {
    expect(sorted(await listRunbookTags(t.db, ["payments"]))).toEqual([
      { tag: "nightly", runbooks: 1 },
      { tag: "payments", runbooks: 2 },
    ]);
    expect(await listRunbookTags(t.db, [])).toEqual([]);
  });
});
