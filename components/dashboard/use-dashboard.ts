"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { DashboardJobs } from "@/lib/jobs/dashboard-jobs";
import type { JobStatsRange, JobStatusHistogram } from "@/lib/jobs/job-status-histogram";

export function useJobStats(range: JobStatsRange, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.jobStats(range),
    queryFn: ({ signal }) => fetchJson<JobStatusHistogram>(`/api/v1/dashboard/job-stats?range=${range}`, { signal }),
    refetchInterval: 30_000,
    enabled: options.enabled ?? true,
  });
}

export function useDashboardJobs(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.dashboardJobs(),
    queryFn: ({ signal }) => fetchJson<DashboardJobs>("/api/v1/dashboard/jobs", { signal }),
    // Running and queued jobs change quickly; the counts chart can lag more.
    refetchInterval: 5_000,
    enabled: options.enabled ?? true,
  });
}
