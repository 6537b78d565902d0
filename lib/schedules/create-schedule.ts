import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { firstRunAfter } from "./first-run-after";
import { scheduleViewInclude, toScheduleView, type ScheduleView } from "./schedule-view";
import type { CreateScheduleInput } from "./schemas";

export async function createSchedule(db: Db, actor: Principal, input: CreateScheduleInput, sourceAddress: string | null, now = new Date()): Promise<ScheduleView> {
  return db.$transaction(async (tx) => {
    const row = await tx.schedule.create({
      data: { ...input, nextRunAt: firstRunAfter(input, input.enabled, now), createdBy: actor.name, updatedBy: actor.name },
      include: scheduleViewInclude,
    });
    await recordAuditEvent(tx, { actor, action: "schedule.create", target: { type: "schedule", id: row.id, name: row.name }, sourceAddress, details: { kind: row.kind } });
    return toScheduleView(row);
  });
}
