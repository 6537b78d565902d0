import { Badge } from "@/components/ui/badge";
import type { ScheduleView } from "@/lib/schedules/schedule-view";

/** Enabled, Disabled, or Expired (no occurrence left), as Azure Automation shows a schedule. */
export function ScheduleStateBadge({ schedule }: { schedule: Pick<ScheduleView, "enabled" | "expired"> }) {
  if (schedule.expired) return <Badge tone="amber">Expired</Badge>;
  return <Badge tone={schedule.enabled ? "green" : "gray"}>{schedule.enabled ? "Enabled" : "Disabled"}</Badge>;
}
