import { actorName, type AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { firstRunAfter } from "./first-run-after";
import { notifySchedulesChanged } from "./notify-schedules-changed";
import { scheduleViewInclude, toScheduleView, type ScheduleView } from "./schedule-view";
import type { CreateScheduleInput } from "./schemas";

export async function createSchedule(db: Db, input: CreateScheduleInput, by: AuditContext, now = new Date()): Promise<ScheduleView> {
  return db.$transaction(async (tx) => {
    const row = await tx.schedule.create({
      data: { ...input, nextRunAt: firstRunAfter(input, input.enabled, now), createdBy: actorName(by), updatedBy: actorName(by) },
      include: scheduleViewInclude,
    });
    if (row.nextRunAt) await notifySchedulesChanged(tx);
    await recordAuditEvent(tx, { ...by, action: "schedule.create", target: { type: "schedule", id: row.id, name: row.name }, details: { kind: row.kind } });
    return toScheduleView(row, now);
  });
}
