"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { queryKeys } from "@/components/api/query-keys";
import type { WorkerView } from "@/lib/workers/worker-view";
import type { WorkerGroupView } from "@/lib/workers/worker-group-view";

export function useWorkers(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.workers(),
    queryFn: ({ signal }) => fetchAllPages<WorkerView>("/api/v1/workers", { signal }).then((items) => ({ items })),
    refetchInterval: 10_000,
    enabled: options.enabled ?? true,
  });
}

export function useWorkerGroups(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.workerGroups(),
    queryFn: ({ signal }) => fetchAllPages<WorkerGroupView>("/api/v1/worker-groups", { signal }),
    refetchInterval: 10_000,
    enabled: options.enabled ?? true,
  });
}
