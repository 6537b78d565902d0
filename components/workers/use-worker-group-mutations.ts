"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { CreateWorkerGroupInput, UpdateWorkerGroupInput } from "@/lib/workers/worker-group-schemas";
import type { WorkerGroupView } from "@/lib/workers/worker-group-view";

const groupUrl = (name: string) => `/api/v1/worker-groups/${encodeURIComponent(name)}`;

function useWorkerGroupMutation<I, O = unknown>(call: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.workerGroups() }) });
}

export const useCreateWorkerGroup = () =>
  useWorkerGroupMutation((input: CreateWorkerGroupInput) => fetchJson<WorkerGroupView>("/api/v1/worker-groups", { method: "POST", body: input }));

export const useUpdateWorkerGroup = (name: string) =>
  useWorkerGroupMutation((input: UpdateWorkerGroupInput) => fetchJson<WorkerGroupView>(groupUrl(name), { method: "PATCH", body: input }));

export const useDeleteWorkerGroup = (name: string) => useWorkerGroupMutation(() => fetchJson(groupUrl(name), { method: "DELETE" }));
