import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, prepareSqlite, type Db } from "@/lib/db/client";
import type { DbProvider } from "@/lib/config/database-url";
import { pgAdminUrl, pgTemplateName, pgTestDbPrefix, pgUrlFor, sqliteTemplateFile } from "./test-db-config";
import { dropPgDatabase } from "@/lib/db/drop-pg-database";

export interface TestDb {
  provider: DbProvider;
  url: string;
  db: Db;
  /** Disconnects and deletes the database. */
  drop(): Promise<void>;
}

/** The providers this run tests: SQLite always, PostgreSQL unless explicitly skipped. */
export const testProviders: DbProvider[] = pgAdminUrl() ? ["sqlite", "postgresql"] : ["sqlite"];

/**
 * One provider, for a suite whose subject is PowerShell rather than the database (output fidelity,
 * parameter binding, the automation module): `preferred` when this run tests it, else SQLite. What
 * differs between the databases is tested on both where it lives (lib/queue, lib/jobs, the route
 * matrix); running these pwsh-heavy suites twice cost CI minutes and found nothing the other did not.
 */
export function oneTestProvider(preferred: DbProvider): DbProvider[] {
  return [testProviders.includes(preferred) ? preferred : "sqlite"];
}

/** A fresh, migrated database copied from the run's template. */
export async function createTestDb(provider: DbProvider): Promise<TestDb> {
  const id = crypto.randomBytes(6).toString("hex");
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-t-"));
    const file = path.join(dir, "test.db");
    fs.copyFileSync(sqliteTemplateFile(), file);
    const url = `file:${file}`;
    const { db } = createDb(url);
    await prepareSqlite(db);
    return {
      provider,
      url,
      db,
      drop: async () => {
        await db.$disconnect();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `${pgTestDbPrefix()}${id}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${pgTemplateName()}"`));
  const url = pgUrlFor(name);
  const { db } = createDb(url, { poolSize: 5 });
  return {
    provider,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await withAdmin((c) => dropPgDatabase(c, name));
    },
  };
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgAdminUrl()! });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
