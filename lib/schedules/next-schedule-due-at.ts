import type { DbOrTx } from "@/lib/db";

/**
 * The earliest instant an enabled schedule comes due, or null when none will: one seek on the
 * (enabled, nextRunAt) index. Schedules without linked runbooks count too: the pass that finds
 * them due moves their nextRunAt on, so linking a runbook never changes when the scheduler wakes.
 */
export async function nextScheduleDueAt(db: DbOrTx): Promise<Date | null> {
  const row = await db.schedule.findFirst({ where: { enabled: true, nextRunAt: { not: null } }, orderBy: { nextRunAt: "asc" }, select: { nextRunAt: true } });
  return row?.nextRunAt ?? null;
}
