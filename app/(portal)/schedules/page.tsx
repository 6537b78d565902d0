import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ScheduleList } from "@/components/schedules/schedule-list";
import { pageAllows } from "../page-principal";

export const metadata: Metadata = { title: "Schedules" };

export default async function SchedulesPage() {
  return (await pageAllows("schedule.read")) ? <ScheduleList /> : <ForbiddenNotice permission="schedule.read" />;
}
