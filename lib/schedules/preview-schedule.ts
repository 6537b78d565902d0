import { z } from "zod";
import { nextOccurrences } from "./occurrences";
import type { PreviewScheduleInput } from "./schemas";

/** How many upcoming occurrences a preview lists. */
const previewCount = 10;

/** What POST /api/v1/schedules/preview answers: the upcoming occurrences as UTC ISO strings. */
export const schedulePreviewView = z.object({ occurrences: z.array(z.string()).describe("ISO 8601 instants (UTC), at most 10.") });
export type SchedulePreview = z.infer<typeof schedulePreviewView>;

/** The next occurrences a schedule would have if it were saved now (POST /api/v1/schedules/preview). */
export function previewSchedule(input: PreviewScheduleInput, now = new Date()): SchedulePreview {
  return { occurrences: nextOccurrences(input, now, previewCount).map((d) => d.toISOString()) };
}
