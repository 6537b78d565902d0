import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders } from "@/lib/testing/test-db";

const run = promisify(execFile);

/** Runs `npm run db:migrate`'s entry point as users do, in its own process. */
async function migrate(args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, ["--import", "tsx", "scripts/migrate.ts", ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("npm run db:migrate", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "baton-mig-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("creates and migrates a new SQLite file, then a second run is a no-op", async () => {
    const url = `file:${path.join(tmp, "nested", "fresh.db")}`;
    const first = await migrate(["deploy"], { DATABASE_URL: url });
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\) to file:/);
    const second = await migrate(["deploy"], { DATABASE_URL: url });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/No pending migrations/);
    const status = await migrate(["status"], { DATABASE_URL: url });
    expect(JSON.parse(status.stdout)).toMatchObject({ upToDate: true, pending: [] });
  });

  it.runIf(testProviders.includes("postgresql"))("is a no-op on an up-to-date PostgreSQL database", async () => {
    const t = await createTestDb("postgresql");
    await t.db.$disconnect();
    try {
      const r = await migrate(["deploy"], { DATABASE_URL: t.url });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/No pending migrations \(postgresql:\/\/[^:]+:\*\*\*@/);
    } finally {
      await t.drop();
    }
  });

  // Catches a schema edited without its migration (on either provider), and an engine upgrade that
  // breaks `migrate dev` through the driver adapters.
  it.each(testProviders)("finds the committed %s migrations in sync with the schema", async (provider) => {
    const t = await createTestDb(provider);
    await t.db.$disconnect();
    try {
      const r = await migrate(["dev", "drift-check"], { DATABASE_URL: t.url });
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/Already in sync: no schema change\./);
    } finally {
      await t.drop();
    }
  });

  it("names the variable when DATABASE_URL is invalid", async () => {
    const r = await migrate(["deploy"], { DATABASE_URL: "mysql://x" });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("Invalid environment variable DATABASE_URL: must start with file: (SQLite) or postgresql:// (PostgreSQL)");
  });

  it("fails with one clear line when the database is unreachable", async () => {
    const r = await migrate(["deploy"], { DATABASE_URL: "postgresql://baton:x@127.0.0.1:1/none" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Can't reach database server at `127\.0\.0\.1:1`/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
