import { formatDateTime } from "@/components/ui/format";
import type { JobTimelineEntry } from "@/lib/jobs/job-views";
import { JobStatusBadge } from "./job-status-badge";

export function JobTimeline({ entries }: { entries: JobTimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-500">No status changes yet.</p>;
  return (
    <ol className="space-y-3">
      {entries.map((e, i) => (
        <li key={`${e.at}-${i}`} className="relative border-l-2 border-slate-200 pl-4">
          <div className="flex flex-wrap items-center gap-2">
            <JobStatusBadge status={e.toStatus} />
            <time dateTime={e.at} className="text-xs text-slate-500">
              {formatDateTime(e.at)}
            </time>
          </div>
          {e.reason || e.actor ? (
            <p className="mt-1 text-xs text-slate-600">
              {e.reason}
              {e.actor ? <span className="text-slate-500"> · {e.actor}</span> : null}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
