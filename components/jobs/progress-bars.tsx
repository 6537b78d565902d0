"use client";

import { useMemo } from "react";
import type { JobStreamRecordView } from "@/lib/jobs/job-views";

interface ProgressData {
  activityId: number;
  activity: string;
  status: string;
  percent: number;
  recordType: string;
}

function isProgressData(data: unknown): data is ProgressData {
  const d = data as Partial<ProgressData> | null;
  return typeof d === "object" && d !== null && typeof d.activityId === "number" && typeof d.percent === "number";
}

/** Write-Progress as bars: the latest record of each activity until it reports Completed. */
export function ProgressBars({ records }: { records: JobStreamRecordView[] }) {
  const active = useMemo(() => {
    const byActivity = new Map<number, ProgressData>();
    for (const r of records) {
      if (r.type !== "progress" || !isProgressData(r.data)) continue;
      if (r.data.recordType === "Completed") byActivity.delete(r.data.activityId);
      else byActivity.set(r.data.activityId, r.data);
    }
    return [...byActivity.values()];
  }, [records]);
  if (!active.length) return null;
  return (
    <div className="space-y-2" data-testid="job-progress">
      {active.map((p) => {
        const percent = Math.max(0, Math.min(100, p.percent));
        return (
          <div key={p.activityId}>
            <div className="flex justify-between text-xs text-slate-600">
              <span className="font-medium">{p.activity}</span>
              <span>
                {p.status}
                {p.percent >= 0 ? ` · ${percent}%` : ""}
              </span>
            </div>
            <div
              role="progressbar"
              aria-label={p.activity}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={p.percent >= 0 ? percent : undefined}
              aria-valuetext={p.status}
              className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200"
            >
              <div className={`h-full rounded-full bg-indigo-500 transition-[width] ${p.percent < 0 ? "w-1/3 animate-pulse" : ""}`} style={p.percent >= 0 ? { width: `${percent}%` } : undefined} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
