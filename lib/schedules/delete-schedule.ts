import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Deletes the schedule with its runbook links and occurrence history; its jobs stay. */
export async function deleteSchedule(db: Db, actor: Principal, scheduleId: string, sourceAddress: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.schedule.findUnique({ where: { id: scheduleId }, select: { id: true, name: true } });
    if (!row) throw notFound("Schedule");
    await tx.schedule.delete({ where: { id: scheduleId } });
    await recordAuditEvent(tx, { actor, action: "schedule.delete", target: { type: "schedule", id: row.id, name: row.name }, sourceAddress });
  });
}
