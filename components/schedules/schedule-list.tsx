"use client";

import Link from "next/link";
import { useCan } from "@/components/auth/principal-context";
import { Button, ButtonLink } from "@/components/ui/button";
import { actionsColumn, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { PageHeader } from "@/components/ui/page-header";
import { describeRecurrence } from "@/lib/schedules/describe-recurrence";
import type { ScheduleView } from "@/lib/schedules/schedule-view";
import { scheduleTimingOfView } from "./schedule-timing-of-view";
import { DeleteScheduleButton } from "./delete-schedule-button";
import { formatInZone } from "./format-in-zone";
import { ScheduleStateBadge } from "./schedule-state-badge";
import { useSchedules, useSetScheduleEnabled } from "./use-schedules";

const columns: DataTableColumn<ScheduleView>[] = [
  {
    key: "name",
    header: "Name",
    className: "font-medium",
    cell: (s) => (
      <Link href={`/schedules/${s.id}`} className="block max-w-[16rem] truncate text-indigo-700 hover:underline" title={s.name}>
        {s.name}
      </Link>
    ),
  },
  {
    key: "recurrence",
    header: "Recurrence",
    className: "text-slate-700",
    cell: (s) => (
      <span className="block max-w-[20rem]">
        {describeRecurrence(scheduleTimingOfView(s))} <span className="break-all text-slate-500">· {s.timeZone}</span>
      </span>
    ),
  },
  { key: "nextRun", header: "Next run", className: "whitespace-nowrap text-slate-700", cell: (s) => formatInZone(s.nextRunAt, s.timeZone) },
  { key: "runbooks", header: "Runbooks", className: "tabular-nums", cell: (s) => s.runbookCount },
  { key: "state", header: "State", cell: (s) => <ScheduleStateBadge schedule={s} /> },
];

function scheduleActions(setEnabled: ReturnType<typeof useSetScheduleEnabled>): DataTableColumn<ScheduleView> {
  return actionsColumn<ScheduleView>(
    (s) => (
      <div className="flex justify-end gap-1.5">
        {/* An expired schedule never runs again, so enabling or disabling it changes nothing. */}
        {s.expired ? null : (
          <Button pending={setEnabled.isPending && setEnabled.variables?.id === s.id} onClick={() => setEnabled.mutate({ id: s.id, enabled: !s.enabled })} aria-label={`${s.enabled ? "Disable" : "Enable"} ${s.name}`}>
            {s.enabled ? "Disable" : "Enable"}
          </Button>
        )}
        <DeleteScheduleButton id={s.id} name={s.name} compact />
      </div>
    ),
    "whitespace-nowrap",
  );
}

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
      <DataTable
        loading={schedules.isPending && "Loading schedules…"}
        columns={[...columns, canWrite && scheduleActions(setEnabled)]}
        rows={items}
        rowKey={(s) => s.id}
        empty={schedules.error ? null : <EmptyState title="No schedules yet">Create a schedule, then link the runbooks it should start, each with its own parameters.</EmptyState>}
      />
    </>
  );
}
