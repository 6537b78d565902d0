import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { execFileSync } from "node:child_process";
import { pgAdminUrl, pgTemplateName, pgUrlFor, sqliteTemplateFile } from "./test-db-config";

/** Migrates one template database per provider; each test then copies it (fast, isolated). */
export default async function setup(): Promise<void> {
  fs.rmSync(path.dirname(sqliteTemplateFile), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(sqliteTemplateFile), { recursive: true });
  migrate(`file:${sqliteTemplateFile}`);

  const admin = pgAdminUrl();
  if (!admin) return;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`Tests need PostgreSQL at ${admin.replace(/:[^:@/]*@/, ":***@")} (set BATON_TEST_PG_URL, or BATON_TEST_SKIP_PG=1 to run SQLite only): ${(err as Error).message}`);
  }
  try {
    // Drop databases that earlier interrupted runs left behind.
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'baton_t_%' OR datname = $1", [pgTemplateName]);
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${pgTemplateName}"`);
  } finally {
    await client.end();
  }
  migrate(pgUrlFor(pgTemplateName));
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
