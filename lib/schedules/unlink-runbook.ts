import type { AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Removes a runbook from a schedule; the link's occurrence history goes with it, its jobs stay. */
export async function unlinkRunbook(db: Db, scheduleId: string, runbookId: string, by: AuditContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await tx.jobSchedule.findUnique({
      where: { scheduleId_runbookId: { scheduleId, runbookId } },
      select: { id: true, schedule: { select: { name: true } }, runbook: { select: { name: true } } },
    });
    if (!link) throw notFound("Linked runbook");
    await tx.jobSchedule.delete({ where: { id: link.id } });
    await recordAuditEvent(tx, {
      ...by,
      action: "schedule.unlink_runbook",
      target: { type: "schedule", id: scheduleId, name: link.schedule.name },
      details: { runbookId, runbook: link.runbook.name },
    });
  });
}
