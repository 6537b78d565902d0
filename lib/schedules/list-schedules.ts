import type { DbOrTx } from "@/lib/db";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/lib/paging/page-query";
import { scheduleViewInclude, toScheduleView, type ScheduleView } from "./schedule-view";

/** Schedules by name, keyset-paginated on the (unique) name. */
export async function listSchedules(db: DbOrTx, query: PageQuery): Promise<Page<ScheduleView>> {
  const after = query.cursor ? String(decodeCursor(query.cursor, 1)[0]) : null;
  const rows = await db.schedule.findMany({
    where: after === null ? {} : { name: { gt: after } },
    orderBy: { name: "asc" },
    take: query.limit + 1,
    include: scheduleViewInclude,
  });
  return toPage(rows.map((row) => toScheduleView(row)), query.limit, (s) => [s.name]);
}
