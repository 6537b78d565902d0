"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { cn } from "@/components/ui/cn";
import { ErrorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import type { JobStatsRange } from "@/lib/jobs/job-status-histogram";
import { jobStatuses } from "@/lib/job-lifecycle/statuses";
import { useJobStats } from "./use-dashboard";

const statusColors: Record<string, string> = {
  Completed: "#10b981",
  Failed: "#ef4444",
  Stopped: "#f59e0b",
  Running: "#3b82f6",
  Queued: "#94a3b8",
  Suspended: "#a855f7",
};
const colorOf = (status: string) => statusColors[status] ?? "#64748b";

const hourLabel = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dayLabel = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", timeZone: "UTC" });

/** Jobs per status per hour (24 h) or per day (7 d), as stacked bars. */
export function JobStatusChart() {
  const [range, setRange] = useState<JobStatsRange>("24h");
  const stats = useJobStats(range);
  const data = stats.data?.buckets.map((b) => ({ label: (stats.data.bucket === "hour" ? hourLabel : dayLabel).format(new Date(b.start)), ...b.counts })) ?? [];
  // Series in lifecycle order, so colours stack the same way in every range.
  const series = stats.data ? jobStatuses.filter((s) => stats.data.statuses.includes(s)) : [];
  const total = stats.data?.buckets.reduce((sum, b) => sum + Object.values(b.counts).reduce((a, n) => a + n, 0), 0) ?? 0;

  return (
    <section aria-labelledby="job-chart" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <header className="mb-3 flex items-center justify-between gap-3">
        <h2 id="job-chart" className="text-base font-semibold">
          Jobs by status {stats.data ? <span className="ml-1 text-sm font-normal text-slate-500">({total} {stats.data.truncated ? "newest " : ""}jobs)</span> : null}
        </h2>
        <div role="group" aria-label="Chart range" className="flex gap-1">
          {(["24h", "7d"] as const).map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={range === r}
              onClick={() => setRange(r)}
              className={cn("rounded-md px-2.5 py-1 text-xs font-medium ring-1 ring-inset", range === r ? "bg-slate-800 text-white ring-slate-800" : "bg-white text-slate-600 ring-slate-300")}
            >
              {r === "24h" ? "Last 24 h" : "Last 7 days"}
            </button>
          ))}
        </div>
      </header>
      <ErrorMessage error={stats.error} title="Could not load job counts" />
      {stats.isPending ? (
        <Spinner label="Loading chart…" />
      ) : stats.data ? (
        <div className="h-64" data-testid="job-status-chart">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {series.map((s) => (
                <Bar key={s} dataKey={s} stackId="jobs" fill={colorOf(s)} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
          {total === 0 ? <p className="-mt-36 text-center text-sm text-slate-500">No jobs in this period.</p> : null}
        </div>
      ) : null}
    </section>
  );
}
