import type { DbOrTx } from "@/lib/db";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { signalSqliteWake } from "@/lib/db/sqlite-wake";

/** PostgreSQL channel on which idle workers LISTEN; the payload is the job's worker group. */
export const jobsChannel = "baton_jobs";

/** The SQLite wake file (lib/db/sqlite-wake.ts) that idle workers of `group` watch. */
export function jobsWakeFile(group: string): string {
  return `queued.${group}`;
}

/**
 * Wakes idle workers of the job's group at once: NOTIFY on PostgreSQL, the group's wake file beside
 * a SQLite database. It is only a hint: workers poll anyway. Call it after the enqueuing transaction
 * committed, so a woken worker can see the job.
 */
export async function notifyJobQueued(db: DbOrTx, runOn: string): Promise<void> {
  if (sqlDialect(db) === "postgresql") {
    await db.$executeRaw`SELECT pg_notify(${jobsChannel}, ${runOn})`;
    return;
  }
  await signalSqliteWake(db, jobsWakeFile(runOn));
}
