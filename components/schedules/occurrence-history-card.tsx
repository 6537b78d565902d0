"use client";

import Link from "next/link";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
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

/** What happened at each occurrence, newest first, with a link to the job it started. */
export function OccurrenceHistoryCard({ scheduleId, timeZone }: { scheduleId: string; timeZone: string }) {
  const history = useOccurrences(scheduleId);
  const items = history.data?.items ?? [];
  return (
    <Card title="History">
      <ErrorMessage error={history.error} className="mb-3" />
      {history.isPending ? (
        <Spinner label="Loading history…" />
      ) : items.length === 0 ? (
        <p className="text-sm text-slate-500">No occurrence has come yet.</p>
      ) : (
        <table className="min-w-full text-sm" data-testid="occurrence-history">
          <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-4">Occurrence</th>
              <th scope="col" className="py-2 pr-4">Runbook</th>
              <th scope="col" className="py-2 pr-4">Decision</th>
              <th scope="col" className="py-2 pr-4">Job</th>
              <th scope="col" className="py-2">Note</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((o) => (
              <tr key={o.id}>
                <td className="whitespace-nowrap py-2 pr-4">{formatInZone(o.occurrenceAt, timeZone)}</td>
                <td className="py-2 pr-4">{o.runbookName}</td>
                <td className="py-2 pr-4">
                  <Badge tone={decisionLabel[o.decision].tone}>{decisionLabel[o.decision].label}</Badge>
                </td>
                <td className="py-2 pr-4">
                  {o.jobId ? (
                    <Link href={`/jobs/${o.jobId}`} className="inline-flex items-center gap-2 text-indigo-700 hover:underline">
                      Job {o.jobId.slice(0, 8)} {o.jobStatus ? <JobStatusBadge status={o.jobStatus} /> : null}
                    </Link>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
                <td className="py-2 text-slate-600">{note(o)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
