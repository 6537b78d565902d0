import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/config/database-url";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createDb } from "./client";
import { isTransientDbError } from "./transient-error";

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

// The web service and the workers share the file: while one of them holds the write lock, another's
// write waits for it. better-sqlite3 waits synchronously, so a process waiting the whole busy timeout
// that way answers nothing meanwhile, and here could not even let the holder (on a timer in this same
// process) commit: the write would fail with SQLITE_BUSY after the timeout.
describe.runIf(testProviders.includes("sqlite"))("a SQLite write waiting for another connection's lock", () => {
  let t: TestDb;
  let db: ReturnType<typeof createDb>["db"];
  let holder: Database.Database;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    db = createDb(t.url, { sqliteBusyTimeoutMs: 5_000 }).db;
    holder = new Database(parseDatabaseUrl(t.url).sqliteFile!, { timeout: 0 });
  });
  afterAll(async () => {
    holder?.close();
    await db?.$disconnect();
    await t?.drop();
  });

  /** Takes the write lock on the holder's connection and gives it back when `released` settles. */
  function holdWriteLock(released: Promise<unknown>): void {
    holder.exec("BEGIN IMMEDIATE");
    void released.finally(() => holder.exec("COMMIT"));
  }

  it("waits on timers: the process goes on running while it waits, and the write lands once the lock is free", async () => {
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 1);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    holdWriteLock(released);
    try {
      const plain = db.workerGroup.create({ data: { name: "plain-write" } });
      const inTransaction = db.$transaction((tx) => tx.workerGroup.create({ data: { name: "transaction-write" } }));
      // The lock is handed back only after the process has run its timers while both writes wait.
      const ticksAtStart = ticks;
      await expect.poll(() => ticks - ticksAtStart).toBeGreaterThan(20);
      release();
      await Promise.all([plain, inTransaction]);
    } finally {
      clearInterval(ticking);
      release();
    }
    expect((await db.workerGroup.findMany({ where: { name: { in: ["plain-write", "transaction-write"] } }, orderBy: { name: "asc" } })).map((g) => g.name)).toEqual(["plain-write", "transaction-write"]);
  });

  it("still gives up with SQLITE_BUSY once the busy timeout has passed", async () => {
    const impatient = createDb(t.url, { sqliteBusyTimeoutMs: 200 }).db;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    holdWriteLock(released);
    try {
      const refused: unknown = await impatient.workerGroup.create({ data: { name: "too-late" } }).catch((err: unknown) => err);
      // What the worker retries (and the web service answers 503): a busy database, not a wrong call.
      expect(isTransientDbError(refused)).toBe(true);
    } finally {
      release();
      await impatient.$disconnect();
    }
    expect(await db.workerGroup.count({ where: { name: "too-late" } })).toBe(0);
  });
});
