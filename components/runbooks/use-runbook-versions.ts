"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { RunbookContentView } from "@/lib/runbooks/get-runbook-content";
import type { VersionContentView } from "@/lib/runbooks/get-version-content";
import type { RunbookVersionView } from "@/lib/runbooks/runbook-views";
import type { DraftView } from "@/lib/runbooks/save-draft";

const base = "/api/v1/runbooks";

export function useRunbookVersions(id: string) {
  return useQuery({
    queryKey: queryKeys.runbookVersions(id),
    queryFn: ({ signal }) => fetchAllPages<RunbookVersionView>(`${base}/${id}/versions`, { signal }).then((items) => ({ items })),
  });
}

export function useVersionContent(id: string, versionId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.runbookVersions(id), "content", versionId] as const,
    queryFn: ({ signal }) => fetchJson<VersionContentView>(`${base}/${id}/versions/${versionId}`, { signal }),
    enabled: versionId !== null,
    // A published version never changes; the draft's content is read through useRunbookContent.
    staleTime: Infinity,
    // While the next version loads, the diff keeps showing the last one instead of unmounting.
    placeholderData: (previous) => previous,
  });
}

export function useRestoreVersion(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) => fetchJson<DraftView>(`${base}/${id}/versions/${versionId}/restore`, { method: "POST" }),
    onSuccess: (draft) => {
      qc.setQueryData<RunbookContentView>(queryKeys.runbookContent(id, "draft"), (old) => ({ version: "draft", number: old?.number ?? null, ...draft }));
      return Promise.all([qc.invalidateQueries({ queryKey: queryKeys.runbook(id) }), qc.invalidateQueries({ queryKey: queryKeys.runbookVersions(id) }), qc.invalidateQueries({ queryKey: queryKeys.runbooks() })]);
    },
  });
}
