"use client";

import Link from "next/link";
import { useCan } from "@/components/auth/principal-context";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { describeRecurrence } from "@/lib/schedules/describe-recurrence";
import { scheduleTimingOfView } from "./schedule-timing-of-view";
import { DeleteScheduleButton } from "./delete-schedule-button";
import { formatInZone } from "./format-in-zone";
import { useSchedules, useSetScheduleEnabled } from "./use-schedules";

export function ScheduleList() {
  const schedules = useSchedules();
  const canWrite = useCan("schedule.write");
  const setEnabled = useSetScheduleEnabled();
  const items = schedules.data ?? [];
  return (
    <>
      <PageHeader
        title="Schedules"
        description="Start runbooks once or on a recurrence, in a time zone of your choice."
        actions={canWrite ? <ButtonLink href="/schedules/new" variant="primary">New schedule</ButtonLink> : null}
      />
      <ErrorMessage error={schedules.error ?? setEnabled.error} title="Something went wrong" className="mb-4" />
      {schedules.isPending ? (
        <Spinner label="Loading schedules…" />
      ) : items.length === 0 && !schedules.error ? (
        <EmptyState title="No schedules yet">Create a schedule, then link the runbooks it should start, each with its own parameters.</EmptyState>
      ) : items.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Recurrence</th>
                <th scope="col" className="px-4 py-3">Next run</th>
                <th scope="col" className="px-4 py-3">Runbooks</th>
                <th scope="col" className="px-4 py-3">State</th>
                {canWrite ? <th scope="col" className="px-4 py-3"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((s) => (
                <tr key={s.id}>
                  <td className="px-4 py-3 font-medium">
                    <Link href={`/schedules/${s.id}`} className="text-indigo-700 hover:underline">
                      {s.name}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-slate-700">
                    {describeRecurrence(scheduleTimingOfView(s))} <span className="text-slate-400">· {s.timeZone}</span>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatInZone(s.nextRunAt, s.timeZone)}</td>
                  <td className="px-4 py-3 tabular-nums">{s.runbookCount}</td>
                  <td className="px-4 py-3">
                    <Badge tone={s.enabled ? "green" : "gray"}>{s.enabled ? "Enabled" : "Disabled"}</Badge>
                  </td>
                  {canWrite ? (
                    <td className="whitespace-nowrap px-4 py-3 text-right">
                      <Button variant="ghost" pending={setEnabled.isPending && setEnabled.variables?.id === s.id} onClick={() => setEnabled.mutate({ id: s.id, enabled: !s.enabled })}>
                        {s.enabled ? "Disable" : "Enable"}
                      </Button>
                      <DeleteScheduleButton id={s.id} name={s.name} compact />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
