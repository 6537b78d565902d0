import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cutDatabase } from "@/lib/testing/database-outage";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createDb } from "./client";
import { describeError } from "./describe-error";
import { isTransientDbError } from "./transient-error";

describe.each(testProviders)("database errors on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("calls an outage transient and describes it in one line with the database's own words", async () => {
    // A client of its own: the outage breaks its connections, not the suite's.
    const { db } = createDb(t.url, { poolSize: 1 });
    await db.worker.count();
    const outage = await cutDatabase(t.url);
    const failed = await db.$transaction((tx) => tx.workerGroup.create({ data: { name: `g-${Date.now()}` } })).catch((e: unknown) => e);
    await outage.end();
    await db.$disconnect();
    expect(failed).toBeInstanceOf(Error);
    expect(isTransientDbError(failed)).toBe(true);
    const line = describeError(failed);
    expect(line).not.toContain("\n");
    expect(line).toMatch(provider === "sqlite" ? /SQLITE_BUSY: database is locked/ : /(55000|57P01): (database ".*" is not currently accepting connections|terminating connection)/);
  });

  it("calls a refusal (a unique key) permanent", async () => {
    const name = `dup-${Date.now()}`;
    await t.db.workerGroup.create({ data: { name } });
    const failed = await t.db.workerGroup.create({ data: { name } }).catch((e: unknown) => e);
    expect(isTransientDbError(failed)).toBe(false);
    expect(describeError(failed)).toMatch(/Unique constraint failed.*\[P2002\]/);
  });
});

describe("describeError", () => {
  it("names an error without a message by its type and code, and lists an AggregateError's errors", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" });
    const aggregate = Object.assign(new AggregateError([refused, new Error("connect ECONNREFUSED 127.0.0.1:5432")], ""), { code: "ECONNREFUSED" });
    expect(describeError(aggregate)).toBe("AggregateError [ECONNREFUSED] (connect ECONNREFUSED ::1:5432 | connect ECONNREFUSED 127.0.0.1:5432)");
    expect(isTransientDbError(aggregate)).toBe(true);
    expect(describeError(new Error("outer", { cause: new Error("inner") }))).toBe("outer; caused by: inner");
    expect(describeError("plain")).toBe("plain");
  });
});
