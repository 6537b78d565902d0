"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { describeRecurrence } from "@/lib/schedules/describe-recurrence";
import { DeleteScheduleButton } from "./delete-schedule-button";
import { formatInZone } from "./format-in-zone";
import { OccurrenceHistoryCard } from "./occurrence-history-card";
import { ScheduleForm } from "./schedule-form";
import { ScheduleRunbooksCard } from "./schedule-runbooks-card";
import { ScheduleStateBadge } from "./schedule-state-badge";
import { scheduleTimingOfView } from "./schedule-timing-of-view";
import { useSchedule, useSetScheduleEnabled } from "./use-schedules";

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export function ScheduleDetail({ scheduleId }: { scheduleId: string }) {
  const router = useRouter();
  const schedule = useSchedule(scheduleId);
  const setEnabled = useSetScheduleEnabled();
  const canWrite = useCan("schedule.write");
  const [editing, setEditing] = useState(false);

  if (schedule.isPending) return <Spinner label="Loading schedule…" />;
  if (schedule.error) return <ErrorMessage error={schedule.error} title="Could not load the schedule" />;
  const s = schedule.data;

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/schedules" className="hover:underline">Schedules</Link>}
        title={
          <span className="flex min-w-0 items-center gap-3">
            <span className="min-w-0 truncate" title={s.name}>
              {s.name}
            </span>
            <ScheduleStateBadge schedule={s} />
          </span>
        }
        description={s.description || <span className="italic text-slate-500">No description</span>}
        actions={
          canWrite && !editing ? (
            <>
              {s.expired ? null : (
                <Button pending={setEnabled.isPending} onClick={() => setEnabled.mutate({ id: s.id, enabled: !s.enabled })}>
                  {s.enabled ? "Disable" : "Enable"}
                </Button>
              )}
              <Button onClick={() => setEditing(true)}>Edit</Button>
              <DeleteScheduleButton id={s.id} name={s.name} onDeleted={() => router.push("/schedules")} />
            </>
          ) : null
        }
      />
      <ErrorMessage error={setEnabled.error} className="mb-4" />
      {editing ? (
        <Card title="Edit schedule" className="mb-6">
          <ScheduleForm editing={s} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </Card>
      ) : (
        <Card title="Schedule" className="mb-6">
          <dl className="divide-y divide-slate-100">
            <Detail label="Recurrence">{describeRecurrence(scheduleTimingOfView(s))}</Detail>
            <Detail label="Time zone">{s.timeZone}</Detail>
            <Detail label="Next run">
              <span data-testid="schedule-next-run">{s.expired ? "— (expired: no occurrence is left)" : s.enabled ? formatInZone(s.nextRunAt, s.timeZone) : "— (disabled)"}</span>
            </Detail>
            <Detail label="Last run">{formatInZone(s.lastRunAt, s.timeZone)}</Detail>
            <Detail label="Starts">{formatInZone(s.startAt, s.timeZone)}</Detail>
            <Detail label="Expires">{s.expiresAt ? formatInZone(s.expiresAt, s.timeZone) : "Never"}</Detail>
            <Detail label="After downtime">{s.missedPolicy === "skip" ? "Skip missed runs" : "Run once for the latest missed run"}</Detail>
          </dl>
        </Card>
      )}
      <div className="space-y-6">
        <ScheduleRunbooksCard scheduleId={s.id} />
        <OccurrenceHistoryCard scheduleId={s.id} timeZone={s.timeZone} />
      </div>
    </>
  );
}
