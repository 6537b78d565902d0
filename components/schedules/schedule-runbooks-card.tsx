"use client";

import Link from "next/link";
import { useState } from "react";
import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { actionsColumn, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import type { ScheduleRunbookView } from "@/lib/schedules/schedule-runbook-view";
import { LinkRunbookDialog } from "./link-runbook-dialog";
import { useScheduleRunbooks, useUnlinkRunbook } from "./use-schedules";

const columns: DataTableColumn<ScheduleRunbookView>[] = [
  { key: "runbook", header: "Runbook", className: "font-medium", cell: (l) => <Link href={`/runbooks/${l.runbookId}`} className="text-indigo-700 hover:underline">{l.runbookName}</Link> },
  {
    key: "parameters",
    header: "Parameters",
    className: "font-mono text-xs text-slate-700",
    cell: (l) =>
      Object.keys(l.parameters).length ? Object.entries(l.parameters).map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`).join(", ") : <span className="font-sans text-slate-500">none</span>,
  },
  { key: "runOn", header: "Run on", className: "text-slate-700", cell: (l) => l.runOn ?? <span className="text-slate-500">runbook default</span> },
];

function unlinkColumn(unlink: ReturnType<typeof useUnlinkRunbook>): DataTableColumn<ScheduleRunbookView> {
  return actionsColumn((l) => (
    <Button variant="ghost" aria-label={`Unlink ${l.runbookName}`} pending={unlink.isPending && unlink.variables === l.runbookId} onClick={() => unlink.mutate(l.runbookId)}>
      Unlink
    </Button>
  ));
}

/** The runbooks a schedule starts, each with its own parameters; link and unlink. */
export function ScheduleRunbooksCard({ scheduleId }: { scheduleId: string }) {
  const links = useScheduleRunbooks(scheduleId);
  const unlink = useUnlinkRunbook(scheduleId);
  const canUse = useCan("schedule.use");
  const [linking, setLinking] = useState(false);
  const items = links.data?.items ?? [];
  return (
    <Card title="Linked runbooks" actions={canUse ? <Button onClick={() => setLinking(true)}>Link runbook</Button> : null}>
      <ErrorMessage error={links.error ?? unlink.error} className="mb-3" />
      <DataTable
        loading={links.isPending && "Loading linked runbooks…"}
        variant="inline"
        columns={[...columns, canUse && unlinkColumn(unlink)]}
        rows={items}
        rowKey={(l) => l.id}
        empty={<p className="text-sm text-slate-500">No runbooks yet: occurrences pass without starting anything.</p>}
        data-testid="linked-runbooks"
      />
      {linking ? <LinkRunbookDialog scheduleId={scheduleId} linkedIds={items.map((l) => l.runbookId)} open={linking} onClose={() => setLinking(false)} /> : null}
    </Card>
  );
}
