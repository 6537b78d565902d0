import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { isoInstantMessage } from "@/lib/input/iso-instant";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as auditEvents from "./audit-events/route";
import * as certificates from "./certificates/route";
import * as connectionTypes from "./connection-types/route";
import * as credentials from "./credentials/route";
import * as jobs from "./jobs/route";
import * as users from "./users/route";
import * as variables from "./variables/route";

describe.each(testProviders)("names, dates and filters taken literally, on %s", (provider) => {
  let t: TestDb;
  let admin: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    routeTarget.ring = testKeyRing();
    admin = await createApiUser(t.db, "Administrator", "admin");
  });
  afterAll(async () => t?.drop());

  it("refuses every named thing called '.' or '..' with 422 naming name (a URL segment of dots never reaches it)", async () => {
    const creates = [
      { route: variables.POST, path: "/api/v1/variables", body: { type: "string", value: "x" }, field: "name" },
      { route: credentials.POST, path: "/api/v1/credentials", body: { userName: "u", password: "p" }, field: "name" },
      { route: connectionTypes.POST, path: "/api/v1/connection-types", body: { fields: [{ name: "Server" }] }, field: "name" },
      { route: certificates.POST, path: "/api/v1/certificates", body: { data: "AAAA" }, field: "name" },
      { route: users.POST, path: "/api/v1/users", body: { displayName: "Dots", password: "a long enough password" }, field: "username" },
    ];
    for (const c of creates) {
      for (const name of [".", "..", " ... "]) {
        const res = await call(c.route, { method: "POST", path: c.path, token: admin, body: { ...c.body, [c.field]: name } });
        expect(res.status, `${c.path} ${name}: ${JSON.stringify(res.body)}`).toBe(422);
        expect(res.body.error).toMatchObject({ field: c.field, message: `${c.field}: must not be only dots` });
      }
    }
    expect(await t.db.variable.count()).toBe(0);
    expect((await call(variables.POST, { method: "POST", path: "/api/v1/variables", token: admin, body: { name: "a..b", type: "string", value: "x" } })).status).toBe(201);
  });

  it("takes from/to only as strict ISO 8601, naming the field otherwise", async () => {
    for (const [route, path] of [
      [auditEvents.GET, "/api/v1/audit-events"],
      [jobs.GET, "/api/v1/jobs"],
    ] as const) {
      for (const [field, value] of [
        ["from", "' OR '1'='1"],
        ["from", "%' OR 1=1 --"],
        ["to", "2026-02-30"],
        ["to", "1"],
        ["from", "2026-01-31T08:00:00"],
      ]) {
        const res = await call(route, { method: "GET", path: `${path}?${field}=${encodeURIComponent(value!)}`, token: admin });
        expect(res.status, `${path} ${field}=${value}: ${JSON.stringify(res.body)}`).toBe(422);
        expect(res.body.error).toEqual({ code: "validation_failed", field, message: `${field}: ${isoInstantMessage}` });
      }
      for (const value of ["2026-01-31", "2026-01-31T08:00:00Z", "2026-01-31T08:00:00.123+02:00"]) {
        expect((await call(route, { method: "GET", path: `${path}?from=${encodeURIComponent(value)}`, token: admin })).status).toBe(200);
      }
    }
  });

  it("matches the audit action filter literally: % and _ are characters, not wildcards", async () => {
    const at = new Date("2026-03-01T00:00:00Z");
    for (const action of ["user.password_reset", "user.passwordXreset", "api_token.create", "apiXtoken.create", "USER.DISABLE"]) {
      await t.db.auditEvent.create({ data: { actorKind: "system", action, outcome: "success", at } });
    }
    const actions = async (filter: string, limit = 100) => {
      const res = await call(auditEvents.GET, { method: "GET", path: `/api/v1/audit-events?from=2026-03-01&to=2026-03-02&limit=${limit}&action=${encodeURIComponent(filter)}`, token: admin });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as { items: { action: string }[]; nextCursor: string | null };
    };
    expect((await actions("%")).items).toEqual([]);
    expect((await actions("user.%")).items).toEqual([]);
    expect((await actions("user.password_")).items.map((e) => e.action)).toEqual(["user.password_reset"]);
    expect((await actions("api_")).items.map((e) => e.action)).toEqual(["api_token.create"]);
    expect((await actions("user.")).items.map((e) => e.action)).toEqual(["user.passwordXreset", "user.password_reset"]);
    // A page of one still finds the literal match behind the rows LIKE let through, and says there is no more.
    const page = await actions("a_i", 1);
    expect(page.items).toEqual([]);
    expect(page.nextCursor).toBeNull();
    const first = await actions("api_token.", 1);
    expect(first.items.map((e) => e.action)).toEqual(["api_token.create"]);
  });
});
