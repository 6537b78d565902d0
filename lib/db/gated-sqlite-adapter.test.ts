import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/config/database-url";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";

class Abort extends Error {}

// The same contract on both providers: a write made outside a transaction survives that
// transaction's rollback. On SQLite this needs lib/db/gated-sqlite-adapter.ts (one shared connection).
describe.each(testProviders)("a statement outside an open transaction on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("is not undone when that transaction rolls back", async () => {
    let inside!: () => void;
    const transactionOpen = new Promise<void>((resolve) => (inside = resolve));
    let proceed!: () => void;
    const outsideIssued = new Promise<void>((resolve) => (proceed = resolve));

    const rolledBack = t.db
      .$transaction(async (tx) => {
        await tx.workerGroup.create({ data: { name: `in-tx-${provider}` } });
        inside();
        await outsideIssued;
        await new Promise((r) => setTimeout(r, 50));
        throw new Abort();
      })
      .catch((err: unknown) => err);

    await transactionOpen;
    // One plain statement, as the worker's stream appends and heartbeats are.
    const outside = t.db.$executeRaw`INSERT INTO "WorkerGroup" ("id", "name", "description", "createdAt") VALUES (${`g-${provider}`}, ${`outside-${provider}`}, '', ${new Date()})`.then((n) => n); // a PrismaPromise runs only once awaited
    proceed();
    expect(await rolledBack).toBeInstanceOf(Abort);
    await outside;

    const names = (await t.db.workerGroup.findMany({ where: { name: { in: [`in-tx-${provider}`, `outside-${provider}`] } } })).map((g) => g.name);
    expect(names).toEqual([`outside-${provider}`]);
  });

  it("still lets transactions commit while statements wait their turn", async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? t.db.$transaction(async (tx) => tx.workerGroup.create({ data: { name: `tx-${provider}-${i}` } }))
        : t.db.workerGroup.create({ data: { name: `plain-${provider}-${i}` } }),
    );
    await Promise.all(writes);
    expect(await t.db.workerGroup.count({ where: { OR: [{ name: { startsWith: `tx-${provider}-` } }, { name: { startsWith: `plain-${provider}-` } }] } })).toBe(20);
  });
});

// Another process (a worker) commits between a transaction's first read and its first write. With a
// deferred BEGIN that write fails at once with SQLITE_BUSY_SNAPSHOT, whatever the busy timeout.
describe.runIf(testProviders.includes("sqlite"))("a SQLite transaction that reads before it writes", () => {
  let t: TestDb;
  let other: Database.Database;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    other = new Database(parseDatabaseUrl(t.url).sqliteFile!, { timeout: 0 });
  });
  afterAll(async () => {
    other?.close();
    await t?.drop();
  });

  it("holds the write lock from its start, so another connection's write waits instead of breaking it", async () => {
    let outsideWrite: unknown = null;
    await t.db.$transaction(async (tx) => {
      await tx.workerGroup.findMany();
      try {
        other.prepare(`INSERT INTO "WorkerGroup" ("id", "name", "description", "createdAt") VALUES ('other', 'other', '', 0)`).run();
      } catch (err) {
        outsideWrite = err;
      }
      await tx.workerGroup.create({ data: { name: "after-read" } });
    });
    expect((outsideWrite as { code?: string } | null)?.code).toBe("SQLITE_BUSY");
    expect(await t.db.workerGroup.count({ where: { name: "after-read" } })).toBe(1);
  });
});
