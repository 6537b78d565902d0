"use client";

import Link from "next/link";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import type { OccurrenceDecision, OccurrenceView } from "@/lib/schedules/list-occurrences";
import { formatInZone } from "./format-in-zone";
import { useOccurrences } from "./use-schedules";

const decisionLabel: Record<OccurrenceDecision, { label: string; tone: Tone }> = {
  started: { label: "Started", tone: "green" },
  started_missed: { label: "Started (missed runs)", tone: "amber" },
  skipped_missed: { label: "Skipped (missed)", tone: "gray" },
  failed: { label: "Failed to start", tone: "red" },
};

function note(o: OccurrenceView): string {
  if (o.reason) return o.reason;
  if (o.missedCount) return `${o.missedCount} earlier occurrence${o.missedCount === 1 ? "" : "s"} passed while no scheduler ran`;
  return "";
}

function columns(timeZone: string): DataTableColumn<OccurrenceView>[] {
  return [
    { key: "occurrence", header: "Occurrence", className: "whitespace-nowrap", cell: (o) => formatInZone(o.occurrenceAt, timeZone) },
    { key: "runbook", header: "Runbook", cell: (o) => o.runbookName },
    { key: "decision", header: "Decision", cell: (o) => <Badge tone={decisionLabel[o.decision].tone}>{decisionLabel[o.decision].label}</Badge> },
    {
      key: "job",
      header: "Job",
      cell: (o) =>
        o.jobId ? (
          <Link href={`/jobs/${o.jobId}`} className="inline-flex items-center gap-2 text-indigo-700 hover:underline">
            Job {o.jobId.slice(0, 8)} {o.jobStatus ? <JobStatusBadge status={o.jobStatus} /> : null}
          </Link>
        ) : (
          <span className="text-slate-500">—</span>
        ),
    },
    { key: "note", header: "Note", className: "text-slate-600", cell: note },
  ];
}

/** What happened at each occurrence, newest first, with a link to the job it started. */
export function OccurrenceHistoryCard({ scheduleId, timeZone }: { scheduleId: string; timeZone: string }) {
  const history = useOccurrences(scheduleId);
  const items = history.data?.items ?? [];
  return (
    <Card title="History">
      <ErrorMessage error={history.error} className="mb-3" />
      <DataTable
        loading={history.isPending && "Loading history…"}
        variant="inline"
        columns={columns(timeZone)}
        rows={items}
        rowKey={(o) => o.id}
        empty={<p className="text-sm text-slate-500">No occurrence has come yet.</p>}
        data-testid="occurrence-history"
      />
    </Card>
  );
}
