import type { DbOrTx } from "@/lib/db";
import { sqlDialect } from "@/lib/db/sql-dialect";

/** PostgreSQL channel on which the schedulers (web service, workers) LISTEN for changed nextRunAt. */
export const schedulesChannel = "baton_schedules";

/**
 * Wakes sleeping schedulers on PostgreSQL so they look at the changed nextRunAt at once (SQLite's
 * schedulers poll: lib/schedules/start-schedule-timer.ts). Call it inside the changing transaction:
 * PostgreSQL delivers a notification only when its transaction commits, and never when it rolls back.
 */
export async function notifySchedulesChanged(db: DbOrTx): Promise<void> {
  if (sqlDialect(db) !== "postgresql") return;
  await db.$executeRaw`SELECT pg_notify(${schedulesChannel}, '')`;
}
