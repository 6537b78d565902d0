import type { AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Deletes the schedule with its runbook links and occurrence history; its jobs stay. */
export async function deleteSchedule(db: Db, scheduleId: string, by: AuditContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.schedule.findUnique({ where: { id: scheduleId }, select: { id: true, name: true } });
    if (!row) throw notFound("Schedule");
    await tx.schedule.delete({ where: { id: scheduleId } });
    await recordAuditEvent(tx, { ...by, action: "schedule.delete", target: { type: "schedule", id: row.id, name: row.name } });
  });
}
