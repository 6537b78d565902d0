"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import { isJobStatus, isTerminal, type JobAction } from "@/lib/job-lifecycle/statuses";
import type { StartJobInput } from "@/lib/jobs/start-job-schema";
import type { JobDetail, JobListPage } from "@/lib/jobs/job-views";
import { timeRangeBounds, type JobListFilter } from "./job-list-filter";

/** While any listed job is unfinished, the list refreshes on this interval. */
const activeRefreshMs = 3_000;

const isUnfinished = (status: string) => isJobStatus(status) && !isTerminal(status);

export function useJobs(filter: JobListFilter, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: queryKeys.jobs(filter),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const qs = new URLSearchParams();
      if (filter.status) qs.set("status", filter.status);
      if (filter.runbookId) qs.set("runbookId", filter.runbookId);
      const { from, to } = timeRangeBounds(filter);
      if (from) qs.set("from", from);
      if (to) qs.set("to", to);
      if (pageParam) qs.set("cursor", pageParam);
      return fetchJson<JobListPage>(`/api/v1/jobs${qs.size ? `?${qs}` : ""}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.items.some((j) => isUnfinished(j.status))) ? activeRefreshMs : false),
  });
}

export function useJob(id: string) {
  return useQuery({
    queryKey: queryKeys.job(id),
    queryFn: ({ signal }) => fetchJson<JobDetail>(`/api/v1/jobs/${id}`, { signal }),
    // The live stream pushes status changes; this poll is the fallback if the stream drops.
    refetchInterval: (query) => (query.state.data && isUnfinished(query.state.data.status) ? 5_000 : false),
  });
}

export function useStartJob(runbookId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StartJobInput) => fetchJson<JobDetail>(`/api/v1/runbooks/${runbookId}/jobs`, { method: "POST", body: input }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.jobs() }), qc.invalidateQueries({ queryKey: queryKeys.runbook(runbookId) })]),
  });
}

export function useJobAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: JobAction) => fetchJson<JobDetail>(`/api/v1/jobs/${id}/${action}`, { method: "POST" }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.job(id) }), qc.invalidateQueries({ queryKey: queryKeys.jobs() })]),
  });
}
