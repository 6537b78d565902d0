"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { DebugBreakpoint, RunbookBreakpoints } from "@/lib/debug/debug-protocol";

/**
 * The signed-in person's breakpoints in one runbook, loaded when the editor opens and saved whole on
 * every change. Saves run one after another (one mutation scope), so the last change is the one kept.
 */
export function useRunbookBreakpoints(runbookId: string, enabled: boolean) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.runbookBreakpoints(runbookId),
    enabled,
    queryFn: ({ signal }) => fetchJson<RunbookBreakpoints>(`/api/v1/runbooks/${runbookId}/breakpoints`, { signal }).then((r) => r.breakpoints),
    staleTime: Infinity,
  });
  const save = useMutation({
    scope: { id: `breakpoints-${runbookId}` },
    mutationFn: (breakpoints: DebugBreakpoint[]) => fetchJson<RunbookBreakpoints>(`/api/v1/runbooks/${runbookId}/breakpoints`, { method: "PUT", body: { breakpoints } }),
  });
  const { mutate, reset } = save;

  const change = useCallback(
    (next: DebugBreakpoint[]) => {
      reset();
      qc.setQueryData<DebugBreakpoint[]>(queryKeys.runbookBreakpoints(runbookId), next);
      mutate(next);
    },
    [qc, runbookId, mutate, reset],
  );

  return { breakpoints: query.data ?? [], loadError: query.error, saveError: save.error, change };
}
