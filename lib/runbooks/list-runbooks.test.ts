import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import type { Principal } from "@/lib/auth/principal";
import { scopeTagsFor } from "@/lib/auth/scope-tags";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { assertCanTag, authorizeRunbook } from "./authorize-runbook";
import { createRunbook } from "./create-runbook";
import { deleteRunbook } from "./delete-runbook";
import { listRunbookPage } from "./list-runbook-page";
import { publishRunbook } from "./publish-runbook";
import { createRunbookSchema, listRunbooksQuerySchema } from "./schemas";

const admin: Principal = { kind: "user", userId: "u1", name: "admin", grants: [{ role: "Administrator", scopeTag: null }] };
const payAuthor: Principal = { kind: "user", userId: "u2", name: "pat", grants: [{ role: "Author", scopeTag: "payments" }] };
const reader: Principal = { kind: "user", userId: "u3", name: "rita", grants: [{ role: "Reader", scopeTag: null }] };

/** Every runbook matching the filters, in one page. */
async function listRunbooks(db: TestDb["db"], filters: { search?: string; tag?: string; visibleTags: string[] | null }) {
  const { visibleTags, ...query } = filters;
  return (await listRunbookPage(db, { ...listRunbooksQuerySchema.parse(query), visibleTags })).items;
}

describe.each(testProviders)("listing, access and deletion on %s", (provider) => {
  let t: TestDb;
  let payId: string;
  let hrId: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    payId = (await createRunbook(t.db, createRunbookSchema.parse({ name: "Pay-Run", description: "Monthly PAYROLL", tags: ["payments"], content: "1" }), actingAs("a"))).id;
    hrId = (await createRunbook(t.db, createRunbookSchema.parse({ name: "Hr-Sync", tags: ["hr"], content: "1" }), actingAs("a"))).id;
  });
  afterAll(async () => t?.drop());

  it("searches name, description and tags ignoring case, and filters by tag", async () => {
    const names = async (q: Parameters<typeof listRunbooks>[1]) => (await listRunbooks(t.db, q)).map((r) => r.name);
    expect(await names({ visibleTags: null })).toEqual(["Hr-Sync", "Pay-Run"]);
    expect(await names({ visibleTags: null, search: "payroll" })).toEqual(["Pay-Run"]);
    expect(await names({ visibleTags: null, search: "HR" })).toEqual(["Hr-Sync"]);
    expect(await names({ visibleTags: null, tag: "payments" })).toEqual(["Pay-Run"]);
  });

  it("shows tag-scoped principals only their runbooks", async () => {
    expect(scopeTagsFor(admin, "runbook.read")).toBeNull();
    expect(scopeTagsFor(payAuthor, "runbook.read")).toEqual(["payments"]);
    const visible = await listRunbooks(t.db, { visibleTags: scopeTagsFor(payAuthor, "runbook.read") });
    expect(visible.map((r) => r.name)).toEqual(["Pay-Run"]);
  });

  it("hides unreadable runbooks and forbids writes without the permission", async () => {
    await expect(authorizeRunbook(t.db, payAuthor, payId, "runbook.write")).resolves.toEqual({ tags: ["payments"] });
    await expect(authorizeRunbook(t.db, payAuthor, hrId, "runbook.read")).rejects.toMatchObject({ code: "not_found" });
    await expect(authorizeRunbook(t.db, reader, hrId, "runbook.write")).rejects.toMatchObject({ code: "forbidden" });
    expect(() => assertCanTag(payAuthor, "runbook.write", ["hr"])).toThrow(/payments/);
    expect(() => assertCanTag(payAuthor, "runbook.write", ["hr", "payments"])).not.toThrow();
  });

  it("reports the last job and refuses deletion while a job is alive", async () => {
    const published = await publishRunbook(t.db, hrId, actingAs("a"));
    const versionId = (await t.db.runbook.findUniqueOrThrow({ where: { id: published.id } })).publishedVersionId!;
    const job = await t.db.job.create({ data: { runbookId: hrId, runbookVersionId: versionId, startedByKind: "user", status: "Running" } });
    const [hr] = await listRunbooks(t.db, { visibleTags: null, search: "hr-sync" });
    expect(hr!.lastJob).toMatchObject({ id: job.id, status: "Running" });

    await expect(deleteRunbook(t.db, hrId, actingAs("a"))).rejects.toMatchObject({ code: "conflict" });
    await t.db.job.update({ where: { id: job.id }, data: { status: "Completed" } });
    await deleteRunbook(t.db, hrId, actingAs("a"));
    expect(await t.db.runbook.findUnique({ where: { id: hrId } })).toBeNull();
    expect(await t.db.job.count({ where: { runbookId: hrId } })).toBe(0);
    await expect(deleteRunbook(t.db, hrId, actingAs("a"))).rejects.toMatchObject({ code: "not_found" });
  });
});
