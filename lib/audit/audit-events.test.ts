import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { auditEventsCsv } from "./audit-events-csv";
import { listAuditEvents } from "./list-audit-events";
import { recordAuditEvent } from "./record-audit-event";
import { auditEventsQuerySchema } from "./schemas";

describe.each(testProviders)("audit events on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
    const root = { kind: "user" as const, id: "u1", name: "root" };
    await recordAuditEvent(t.db, { actor: root, action: "user.create", target: { type: "user", id: "a", name: "ann" }, sourceAddress: "10.0.0.1" });
    await recordAuditEvent(t.db, { actor: root, action: "group.create", target: { type: "group", id: "g", name: "=HYPERLINK(\"x\")" } });
    await recordAuditEvent(t.db, { actor: { kind: "anonymous", id: null, name: "ann" }, action: "auth.sign_in", outcome: "failure", details: { reason: "invalid" } });
    await recordAuditEvent(t.db, { actor: root, action: "user.disable", target: { type: "user", id: "a", name: "ann" }, details: { revokedSessions: 2 } });
  });
  afterAll(async () => t?.drop());

  const q = (raw: Record<string, string>) => {
    const { format: _format, ...query } = auditEventsQuerySchema.parse(raw);
    return query;
  };

  it("filters by action prefix, actor, target type and outcome, newest first", async () => {
    expect((await listAuditEvents(t.db, q({ action: "user." }))).items.map((e) => e.action)).toEqual(["user.disable", "user.create"]);
    expect((await listAuditEvents(t.db, q({ outcome: "failure" }))).items.map((e) => e.actorKind)).toEqual(["anonymous"]);
    expect((await listAuditEvents(t.db, q({ actor: "root", targetType: "group" }))).items).toHaveLength(1);
    expect((await listAuditEvents(t.db, q({ to: "2000-01-01" }))).items).toEqual([]);
  });

  it("pages with a cursor", async () => {
    const first = await listAuditEvents(t.db, q({ limit: "3" }));
    expect(first.items).toHaveLength(3);
    const second = await listAuditEvents(t.db, q({ limit: "3", cursor: first.nextCursor! }));
    expect(second).toMatchObject({ items: [{ action: "user.create" }], nextCursor: null });
  });

  it("exports CSV with quoting and formula cells defused", async () => {
    const csv = auditEventsCsv((await listAuditEvents(t.db, q({}))).items);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,at,actorKind,actorName,actorId,action,outcome,targetType,targetName,targetId,sourceAddress,details");
    expect(lines).toHaveLength(5);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`"{""revokedSessions"":2}"`);
    expect(lines[4]).toContain(",user.create,success,user,ann,a,10.0.0.1,");
  });

  it("rejects bad filters with the field named", () => {
    expect(auditEventsQuerySchema.safeParse({ outcome: "maybe" }).error?.issues[0]?.path).toEqual(["outcome"]);
    expect(auditEventsQuerySchema.safeParse({ limit: "5000" }).error?.issues[0]?.path).toEqual(["limit"]);
  });
});
