import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { scheduleViewInclude, toScheduleView, type ScheduleView } from "./schedule-view";

export async function getSchedule(db: DbOrTx, scheduleId: string): Promise<ScheduleView> {
  const row = await db.schedule.findUnique({ where: { id: scheduleId }, include: scheduleViewInclude });
  if (!row) throw notFound("Schedule");
  return toScheduleView(row);
}
