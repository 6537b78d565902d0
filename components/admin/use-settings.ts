"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { PurgeSummary } from "@/lib/retention/run-retention";
import type { UpdateSettingsInput } from "@/lib/settings/schemas";
import type { SettingsResponse } from "@/lib/retention/settings-response";

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings(), queryFn: ({ signal }) => fetchJson<SettingsResponse>("/api/v1/settings", { signal }) });
}

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSettingsInput) => fetchJson<SettingsResponse>("/api/v1/settings", { method: "PATCH", body: input }),
    onSuccess: (data) => qc.setQueryData(queryKeys.settings(), data),
  });
}

/** Runs the retention purge now; the settings query then shows it as the last purge. */
export function usePurgeNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<PurgeSummary>("/api/v1/settings/purge", { method: "POST" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.settings() }),
  });
}
