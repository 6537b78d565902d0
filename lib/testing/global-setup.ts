import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { pgAdminUrl, pgTemplateName, pgTestDbPrefix, pgUrlFor, sqliteTemplateFile, staleRunAgeSeconds } from "./test-db-config";
import { dropPgDatabase } from "@/lib/db/drop-pg-database";

/** Migrates one template database per provider for this run; each test copies it (fast, isolated). */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.BATON_TEST_RUN = `${Math.floor(Date.now() / 1000)}${crypto.randomBytes(3).toString("hex")}`;
  fs.mkdirSync(path.dirname(sqliteTemplateFile()), { recursive: true });
  migrate(`file:${sqliteTemplateFile()}`);

  const admin = pgAdminUrl();
  if (admin) {
    await withClient(admin, async (client) => {
      await dropStaleDatabases(client);
      await client.query(`CREATE DATABASE "${pgTemplateName()}"`);
    });
    migrate(pgUrlFor(pgTemplateName()));
  }

  return async () => {
    fs.rmSync(path.dirname(sqliteTemplateFile()), { recursive: true, force: true });
    if (!admin) return;
    await withClient(admin, async (client) => {
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2", [pgTestDbPrefix(), pgTemplateName()]);
      for (const r of rows) await dropPgDatabase(client, r.datname);
    });
  };
}

async function withClient(url: string, fn: (c: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`Tests need PostgreSQL at ${url.replace(/:[^:@/]*@/, ":***@")} (set BATON_TEST_PG_URL, or BATON_TEST_SKIP_PG=1 to run SQLite only): ${(err as Error).message}`);
  }
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

/** Databases of runs that were interrupted long ago (their names start with the run's epoch seconds). */
async function dropStaleDatabases(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname ~ '^baton_(t|tpl)_[0-9]{10}'");
  const cutoff = Date.now() / 1000 - staleRunAgeSeconds;
  for (const { datname } of rows) {
    const epoch = Number(/^baton_(?:t|tpl)_(\d{10})/.exec(datname)?.[1]);
    if (epoch < cutoff) await dropPgDatabase(client, datname);
  }
}

/**
 * Runs the real `npm run db:migrate` entry point in a child process. (Inside vitest's module
 * runner the WASM schema engine panics on SQLite; under plain Node, as users run it, it does not.)
 */
function migrate(url: string): void {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
