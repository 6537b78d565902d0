import os from "node:os";
import path from "node:path";

/** Where the migrated template databases live for one test run. */
export const sqliteTemplateFile = path.join(os.tmpdir(), "baton-test", "template.db");
export const pgTemplateName = "baton_test_template";

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
