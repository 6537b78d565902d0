import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteDatabaseFile } from "@/lib/db/sqlite-wake";
import { jobsWakeFile, notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { watchSqliteWakes, type SqliteWakeWatcher } from "./sqlite-wake-watcher";

const projectRoot = path.resolve(import.meta.dirname, "../..");

describe("the wake files beside a SQLite database", () => {
  let t: TestDb;
  let watcher: SqliteWakeWatcher;
  const wakes: string[] = [];
  let waiters: Array<() => void> = [];
  let watching: boolean | undefined;
  /** Resolves once `count` wake-ups have arrived in all. */
  const wakesReach = (count: number) => new Promise<void>((resolve) => (wakes.length >= count ? resolve() : waiters.push(() => wakes.length >= count && resolve())));
  const woke = (what: string) => {
    wakes.push(what);
    for (const w of waiters) w();
  };
  const restart = () => {
    wakes.length = 0;
    waiters = [];
  };

  beforeAll(async () => {
    t = await createTestDb("sqlite");
    watcher = watchSqliteWakes({
      databaseFile: (await sqliteDatabaseFile(t.db))!,
      files: [
        { name: jobsWakeFile("blue"), onWake: () => woke("blue") },
        { name: jobsWakeFile("red"), onWake: () => woke("red") },
      ],
      onWatchingChange: (w) => (watching = w),
      log: () => undefined,
    });
  });
  afterAll(async () => {
    watcher?.close();
    await t?.drop();
  });

  it("wakes each watched group once on starting, then for its own new jobs only", async () => {
    expect(watching).toBe(true);
    await wakesReach(2);
    expect(wakes.sort()).toEqual(["blue", "red"]);
    restart();

    // A group nobody here watches wakes no one; signals arrive in the order they were sent.
    await notifyJobQueued(t.db, "green");
    await notifyJobQueued(t.db, "red");
    await notifyJobQueued(t.db, "blue");
    await wakesReach(2);
    expect(wakes).toEqual(["red", "blue"]);
  });

  it("hears a job queued by another process, such as the web service, on the same database", async () => {
    restart();
    const program = [
      `import { createDb } from "@/lib/db/client";`,
      `import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";`,
      `const { db } = createDb(process.env.DATABASE_URL);`,
      `await notifyJobQueued(db, "blue");`,
      `await db.$disconnect();`,
    ].join("\n");
    const child = promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", program], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: t.url },
    });
    await Promise.all([child, wakesReach(1)]);
    expect(wakes).toEqual(["blue"]);
  });
});
