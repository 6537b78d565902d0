"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ScheduleForm } from "./schedule-form";

export function NewSchedule() {
  const router = useRouter();
  return (
    <>
      <PageHeader eyebrow={<Link href="/schedules" className="hover:underline">Schedules</Link>} title="New schedule" description="Saved schedules start the runbooks you link to them next." />
      <ScheduleForm onSaved={(s) => router.push(`/schedules/${s.id}`)} onCancel={() => router.push("/schedules")} />
    </>
  );
}
