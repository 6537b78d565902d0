import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGrants } from "@/lib/auth/load-grants";
import { verifyPassword } from "@/lib/auth/passwords";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { ensureFirstAdmin } from "./ensure-first-admin";

describe.each(testProviders)("first administrator on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("refuses a short password", async () => {
    await expect(ensureFirstAdmin(t.db, { password: "short" })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("creates one administrator with a generated password, then does nothing", async () => {
    const result = await ensureFirstAdmin(t.db, { username: "root" });
    if (!result.created) throw new Error("expected an administrator to be created");
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "root" } });
    expect(await verifyPassword(result.generatedPassword!, user.passwordHash!)).toBe(true);
    expect(await loadGrants(t.db, user.id)).toEqual([{ role: "Administrator", scopeTag: null }]);
    // The generated password was printed to a console: the administrator must replace it.
    expect(user.mustChangePassword).toBe(true);
    expect(await ensureFirstAdmin(t.db, { username: "other", password: "a-long-password" })).toEqual({ created: false });
    expect(await t.db.user.count()).toBe(1);
  });
});
