import { actorName, type AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { firstRunAfter } from "./first-run-after";
import { notifySchedulesChanged } from "./notify-schedules-changed";
import type { ScheduleTiming } from "./occurrences";
import { scheduleTimingOf, scheduleViewInclude, toScheduleView, type ScheduleView } from "./schedule-view";
import { scheduleSchema, type UpdateScheduleInput } from "./schemas";

/**
 * Applies a partial change; the result must still be a valid schedule as a whole (a schedule
 * turned monthly needs its days). nextRunAt is recomputed from now only when the timing or enabled
 * changes, so renaming a schedule never drops an occurrence that is due but not yet started.
 */
export async function updateSchedule(db: Db, scheduleId: string, patch: UpdateScheduleInput, by: AuditContext, now = new Date()): Promise<ScheduleView> {
  return db.$transaction(async (tx) => {
    const before = await tx.schedule.findUnique({ where: { id: scheduleId }, include: scheduleViewInclude });
    if (!before) throw notFound("Schedule");
    const current = toScheduleView(before);
    // A new kind starts from blank for the fields only the old kind used (a weekly schedule's days
    // do not block turning it monthly); fields the patch names still win.
    const kindChanged = patch.kind !== undefined && patch.kind !== current.kind;
    const cleared = kindChanged ? { cron: null, weekDays: [], monthDays: [], lastDayOfMonth: false, ...(patch.kind === "once" || patch.kind === "cron" ? { interval: 1 } : {}) } : {};
    const merged = scheduleSchema({ now: () => now, before: scheduleTimingOf(before) }).parse({
      name: current.name,
      description: current.description,
      kind: current.kind,
      interval: current.interval,
      cron: current.cron,
      weekDays: current.weekDays,
      monthDays: current.monthDays,
      lastDayOfMonth: current.lastDayOfMonth,
      timeZone: current.timeZone,
      startAt: current.startAt,
      expiresAt: current.expiresAt,
      enabled: current.enabled,
      missedPolicy: current.missedPolicy,
      ...cleared,
      ...patch,
      ...(patch.startAt ? { startAt: patch.startAt.toISOString() } : {}),
      ...(patch.expiresAt !== undefined ? { expiresAt: patch.expiresAt?.toISOString() ?? null } : {}),
    });
    const timingChanged = timingKey(scheduleTimingOf(before), before.enabled) !== timingKey(merged, merged.enabled);
    const row = await tx.schedule.update({
      where: { id: scheduleId },
      data: { ...merged, ...(timingChanged ? { nextRunAt: firstRunAfter(merged, merged.enabled, now) } : {}), updatedBy: actorName(by) },
      include: scheduleViewInclude,
    });
    if (timingChanged) await notifySchedulesChanged(tx);
    const action = patch.enabled !== undefined && patch.enabled !== before.enabled && Object.keys(patch).length === 1 ? (patch.enabled ? "schedule.enable" : "schedule.disable") : "schedule.update";
    await recordAuditEvent(tx, {
      ...by,
      action,
      target: { type: "schedule", id: row.id, name: row.name },
      details: { changed: Object.keys(patch), ...(row.name !== before.name ? { previousName: before.name } : {}) },
    });
    return toScheduleView(row, now);
  });
}

function timingKey(t: ScheduleTiming, enabled: boolean): string {
  return JSON.stringify([t.kind, t.interval, t.cron, t.weekDays, t.monthDays, t.lastDayOfMonth, t.timeZone, t.startAt.getTime(), t.expiresAt?.getTime() ?? null, enabled]);
}
