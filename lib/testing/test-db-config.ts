import os from "node:os";
import path from "node:path";

/**
 * Each test run has its own id (set by global-setup, inherited by the test workers), so runs on one
 * machine never touch each other's template or test databases.
 */
function testRunId(): string {
  const id = process.env.BATON_TEST_RUN;
  if (!id) throw new Error("BATON_TEST_RUN is not set: run tests through vitest (lib/testing/global-setup.ts sets it)");
  return id;
}

export const sqliteTemplateFile = () => path.join(os.tmpdir(), `baton-test-${testRunId()}`, "template.db");
export const pgTemplateName = () => `baton_tpl_${testRunId()}`;
export const pgTestDbPrefix = () => `baton_t_${testRunId()}_`;

/** Leftovers of interrupted runs older than this are dropped by the next run. */
export const staleRunAgeSeconds = 3 * 60 * 60;

/**
 * PostgreSQL server for tests. Data-layer tests run on both databases; PostgreSQL is required
 * unless BATON_TEST_SKIP_PG=1 says otherwise, so a missing server fails the run instead of
 * silently skipping half the suite.
 */
export function pgAdminUrl(): string | null {
  if (process.env.BATON_TEST_SKIP_PG === "1") return null;
  return process.env.BATON_TEST_PG_URL ?? "postgresql://baton:baton@127.0.0.1:5432/postgres";
}

export function pgUrlFor(database: string): string {
  const u = new URL(pgAdminUrl()!);
  u.pathname = `/${database}`;
  return u.toString();
}
