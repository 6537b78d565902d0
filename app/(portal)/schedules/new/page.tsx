import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { NewSchedule } from "@/components/schedules/new-schedule";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "New schedule" };

export default async function NewSchedulePage() {
  return (await pageAllows("schedule.write")) ? <NewSchedule /> : <ForbiddenNotice permission="schedule.write" />;
}
