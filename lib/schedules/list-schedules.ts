import type { DbOrTx } from "@/lib/db";
import { decodeCursor, encodeCursor } from "./page-cursor";
import { scheduleViewInclude, toScheduleView, type ScheduleView } from "./schedule-view";
import type { PageQuery } from "./schemas";

/** Schedules by name, keyset-paginated on the (unique) name. */
export async function listSchedules(db: DbOrTx, query: PageQuery): Promise<{ items: ScheduleView[]; nextCursor: string | null }> {
  const after = query.cursor ? decodeCursor(query.cursor, 1)[0]! : null;
  const rows = await db.schedule.findMany({
    where: after === null ? {} : { name: { gt: after } },
    orderBy: { name: "asc" },
    take: query.limit + 1,
    include: scheduleViewInclude,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(toScheduleView), nextCursor: rows.length > query.limit && last ? encodeCursor([last.name]) : null };
}
