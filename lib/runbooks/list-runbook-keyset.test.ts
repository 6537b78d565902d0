import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/paging/page-query";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { listRunbookPage, type ListRunbookPageOptions } from "./list-runbook-page";
import { runbookKeys } from "./runbook-keys";
import { listRunbooksQuerySchema, runbookSorts, type RunbookSort } from "./schemas";

interface Seeded {
  id: string;
  name: string;
  updatedAt: Date;
  tags: string[];
  description: string;
}

/**
 * 250 runbooks whose names mix case, '-', '_' and digits (where bytewise, case-sensitive and locale
 * orders all differ), sharing ten update times so the updatedAt sorts tie constantly.
 */
function seedRows(): Seeded[] {
  const words = ["alpha", "Alpha-", "ALPHA_", "beta", "b", "B-x", "b_x", "bx", "Zeta", "z0"];
  const times = Array.from({ length: 10 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i, 12, 0, 0, 123)));
  return Array.from({ length: 250 }, (_, i) => ({
    id: crypto.randomUUID(),
    name: `${words[i % words.length]}${i % 2 ? "Q" : "q"}${i}`,
    updatedAt: times[(i * 7) % times.length]!,
    tags: [...(i % 3 === 0 ? ["payments"] : []), ...(i % 5 === 0 ? ["hr"] : [])],
    description: i % 4 === 0 ? `Nightly CLEANUP ${i}` : i === 7 ? "50% off_site C:\\Tmp" : "",
  }));
}

const byKey = (key: (r: Seeded) => string, direction: 1 | -1) => (a: Seeded, b: Seeded) => {
  const [x, y] = [key(a), key(b)];
  if (x !== y) return (x < y ? -1 : 1) * direction;
  return (a.id < b.id ? -1 : 1) * direction;
};

const expectedOrder: Record<RunbookSort, (a: Seeded, b: Seeded) => number> = {
  name: byKey((r) => r.name.toLowerCase(), 1),
  "-name": byKey((r) => r.name.toLowerCase(), -1),
  updatedAt: byKey((r) => r.updatedAt.toISOString(), 1),
  "-updatedAt": byKey((r) => r.updatedAt.toISOString(), -1),
};

describe.each(testProviders)("runbook keyset pages on %s", (provider) => {
  let t: TestDb;
  const rows = seedRows();
  beforeAll(async () => {
    t = await createTestDb(provider);
    await t.db.runbook.createMany({ data: rows.map((r) => ({ id: r.id, name: r.name, description: r.description, updatedAt: r.updatedAt, ...runbookKeys(r) })) });
    await t.db.runbookTag.createMany({ data: rows.flatMap((r) => r.tags.map((tag) => ({ runbookId: r.id, tag }))) });
  });
  afterAll(async () => t?.drop());

  /** Follows nextCursor to the end, returning each page's ids. */
  async function walk(raw: Record<string, string>, visibleTags: string[] | null = null): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const query: ListRunbookPageOptions = { ...listRunbooksQuerySchema.parse({ ...raw, ...(cursor ? { cursor } : {}) }), visibleTags };
      const page = await listRunbookPage(t.db, query);
      pages.push(page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor && pages.length <= rows.length);
    return pages;
  }

  it.each(runbookSorts)("pages through 250 runbooks by %s, 50 at a time, each exactly once in order", async (sort) => {
    const pages = await walk({ sort, limit: "50" });
    expect(pages.map((p) => p.length)).toEqual([50, 50, 50, 50, 50]);
    expect(pages.flat()).toEqual([...rows].sort(expectedOrder[sort]).map((r) => r.id));
  });

  it("pages a tag scope, a tag filter and a case-insensitive search together", async () => {
    const matches = (r: Seeded) => r.tags.includes("hr") && r.tags.some((tag) => ["payments", "hr"].includes(tag)) && `${r.name}\n${r.description}`.toLowerCase().includes("cleanup");
    const expected = rows.filter(matches).sort(expectedOrder["-name"]).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(7);
    const pages = await walk({ sort: "-name", limit: "4", tag: "hr", search: "cLeAnUp" }, ["payments", "hr"]);
    expect(pages.flat()).toEqual(expected);
    expect(pages.every((p) => p.length <= 4)).toBe(true);

    const scoped = await walk({ sort: "updatedAt", limit: "30" }, ["payments"]);
    expect(scoped.flat()).toEqual(rows.filter((r) => r.tags.includes("payments")).sort(expectedOrder.updatedAt).map((r) => r.id));
  });

  it("searches names ignoring case and treats LIKE wildcards literally", async () => {
    const names = async (search: string) => (await walk({ search, limit: "500" })).flat().length;
    expect(await names("B_X")).toBe(rows.filter((r) => r.name.toLowerCase().includes("b_x")).length);
    for (const literal of ["%", "0% o", "F_S", "c:\\tmp"]) expect(await names(literal), literal).toBe(1);
    for (const wildcard of ["5%f", "o_f", "\\_"]) expect(await names(wildcard), wildcard).toBe(0);
    expect(await names("hr")).toBe(rows.filter((r) => r.tags.includes("hr")).length);
  });

  it("refuses malformed cursors and cursors issued under another sort or by another list, naming the field", async () => {
    const page = (raw: Record<string, string>) => listRunbookPage(t.db, { ...listRunbooksQuerySchema.parse(raw), visibleTags: null });
    const { nextCursor } = await page({ sort: "-updatedAt", limit: "1" });
    const foreign = [
      "!!not base64!!",
      nextCursor!,
      encodeCursor(["alpha"]),
      encodeCursor(["updatedAt", "yesterday", crypto.randomUUID()]),
      Buffer.from(`${new Date().toISOString()}|${crypto.randomUUID()}`).toString("base64url"),
    ];
    for (const cursor of foreign) {
      await expect(page({ sort: "name", cursor }), cursor).rejects.toMatchObject({ code: "validation_failed", field: "cursor" });
    }
    await expect(page({ sort: "-updatedAt", limit: "1", cursor: nextCursor! })).resolves.toMatchObject({ items: [expect.anything()] });
  });
});
