import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ScheduleDetail } from "@/components/schedules/schedule-detail";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ params }: { params: Promise<{ scheduleId: string }> }) {
  const { scheduleId } = await params;
  return (await pageAllows("schedule.read")) ? <ScheduleDetail scheduleId={scheduleId} /> : <ForbiddenNotice permission="schedule.read" />;
}
