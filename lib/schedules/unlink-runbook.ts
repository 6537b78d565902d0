import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Removes a runbook from a schedule; the link's occurrence history goes with it, its jobs stay. */
export async function unlinkRunbook(db: Db, actor: Principal, scheduleId: string, runbookId: string, sourceAddress: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await tx.jobSchedule.findUnique({
      where: { scheduleId_runbookId: { scheduleId, runbookId } },
      select: { id: true, schedule: { select: { name: true } }, runbook: { select: { name: true } } },
    });
    if (!link) throw notFound("Linked runbook");
    await tx.jobSchedule.delete({ where: { id: link.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "schedule.unlink_runbook",
      target: { type: "schedule", id: scheduleId, name: link.schedule.name },
      sourceAddress,
      details: { runbookId, runbook: link.runbook.name },
    });
  });
}
