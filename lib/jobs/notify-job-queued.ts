import type { DbOrTx } from "@/lib/db";
import { sqlDialect } from "@/lib/db/sql-dialect";

/** PostgreSQL channel on which idle workers LISTEN; the payload is the job's worker group. */
export const jobsChannel = "baton_jobs";

/**
 * Wakes idle workers of the job's group at once on PostgreSQL. It is only a hint: workers poll
 * anyway, and SQLite has no notifications. Call it after the enqueuing transaction committed, so a
 * woken worker can see the job.
 */
export async function notifyJobQueued(db: DbOrTx, runOn: string): Promise<void> {
  if (sqlDialect(db) !== "postgresql") return;
  await db.$executeRaw`SELECT pg_notify(${jobsChannel}, ${runOn})`;
}
