import type { ScheduleTiming } from "./occurrences";
import { weekDayNames } from "./schemas";
import { wallTimeAt } from "./zoned-time";

const every = (n: number, unit: string) => (n === 1 ? `Every ${unit}` : `Every ${n} ${unit}s`);

/** "Every 2 weeks on Monday, Friday at 07:00", as the schedule list and detail show a recurrence. */
export function describeRecurrence(t: ScheduleTiming): string {
  const w = wallTimeAt(t.startAt, t.timeZone);
  const time = `${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}${w.second ? `:${String(w.second).padStart(2, "0")}` : ""}`;
  switch (t.kind) {
    case "once":
      return "Once";
    case "hourly":
      return every(t.interval, "hour");
    case "daily":
      return `${every(t.interval, "day")} at ${time}`;
    case "weekly":
      return `${every(t.interval, "week")} on ${t.weekDays.map((d) => weekDayNames[d]).join(", ")} at ${time}`;
    case "monthly": {
      const days = t.monthDays.length ? `day ${t.monthDays.join(", ")}${t.lastDayOfMonth ? " and the last day" : ""}` : "the last day";
      return `${every(t.interval, "month")} on ${days} at ${time}`;
    }
    case "cron":
      return `Cron ${t.cron}`;
  }
}
