"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { ScriptParseResult } from "@/lib/pwsh/parse-result";
import type { DraftView } from "@/lib/runbooks/save-draft";
import type { RunbookContentView } from "@/lib/runbooks/get-runbook-content";
import type { RunbookDetail, RunbookSummary } from "@/lib/runbooks/runbook-views";
import type { CreateRunbookInput, UpdateRunbookInput } from "@/lib/runbooks/schemas";

const base = "/api/v1/runbooks";

export function useRunbooks(filter: { search?: string; tag?: string }, options: { enabled?: boolean } = {}) {
  const qs = new URLSearchParams();
  if (filter.search) qs.set("search", filter.search);
  if (filter.tag) qs.set("tag", filter.tag);
  return useQuery({
    queryKey: queryKeys.runbooks(filter),
    queryFn: ({ signal }) => fetchAllPages<RunbookSummary>(`${base}${qs.size ? `?${qs}` : ""}`, { signal }).then((items) => ({ items })),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  });
}

export function useRunbook(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: queryKeys.runbook(id), queryFn: ({ signal }) => fetchJson<RunbookDetail>(`${base}/${id}`, { signal }), enabled: options.enabled ?? true });
}

export function useRunbookContent(id: string, version: "draft" | "published", options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.runbookContent(id, version),
    queryFn: ({ signal }) => fetchJson<RunbookContentView>(`${base}/${id}/content?version=${version}`, { signal }),
    enabled: options.enabled ?? true,
    // The editor owns the text once loaded; refetching behind it would discard typing.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useCreateRunbook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CreateRunbookInput> & { name: string }) => fetchJson<RunbookDetail>(base, { method: "POST", body: input }),
    onSuccess: (runbook) => {
      qc.setQueryData(queryKeys.runbook(runbook.id), runbook);
      return qc.invalidateQueries({ queryKey: queryKeys.runbooks() });
    },
  });
}

export function useUpdateRunbook(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateRunbookInput) => fetchJson<RunbookDetail>(`${base}/${id}`, { method: "PATCH", body: input }),
    onSuccess: (runbook) => {
      qc.setQueryData(queryKeys.runbook(id), runbook);
      return qc.invalidateQueries({ queryKey: queryKeys.runbooks() });
    },
  });
}

export function useSaveDraft(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => fetchJson<DraftView>(`${base}/${id}/draft`, { method: "PUT", body: { content } }),
    onSuccess: (draft) => {
      qc.setQueryData<RunbookContentView>(queryKeys.runbookContent(id, "draft"), (old) => ({ version: "draft", number: old?.number ?? null, ...draft }));
      return Promise.all([qc.invalidateQueries({ queryKey: queryKeys.runbook(id) }), qc.invalidateQueries({ queryKey: queryKeys.runbooks() })]);
    },
  });
}

/** Parses text with PowerShell on the server without saving it. */
export function useCheckScript(id: string) {
  return useMutation({
    mutationFn: (content: string) => fetchJson<ScriptParseResult>(`${base}/${id}/draft/check`, { method: "POST", body: { content } }),
  });
}

export function usePublishRunbook(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<RunbookDetail>(`${base}/${id}/publish`, { method: "POST" }),
    onSuccess: (runbook) => {
      qc.setQueryData(queryKeys.runbook(id), runbook);
      return Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.runbookContent(id, "published") }),
        qc.invalidateQueries({ queryKey: queryKeys.runbookVersions(id) }),
        qc.invalidateQueries({ queryKey: queryKeys.runbooks() }),
      ]);
    },
  });
}

export function useDeleteRunbook(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<void>(`${base}/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: queryKeys.runbook(id) });
      return qc.invalidateQueries({ queryKey: queryKeys.runbooks() });
    },
  });
}

/** Resets the draft to the published script. */
export function useDiscardDraft(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<DraftView>(`${base}/${id}/draft/discard`, { method: "POST" }),
    onSuccess: (draft) => {
      qc.setQueryData<RunbookContentView>(queryKeys.runbookContent(id, "draft"), (old) => ({ version: "draft", number: old?.number ?? null, ...draft }));
      return Promise.all([qc.invalidateQueries({ queryKey: queryKeys.runbook(id) }), qc.invalidateQueries({ queryKey: queryKeys.runbooks() }), qc.invalidateQueries({ queryKey: queryKeys.runbookVersions(id) })]);
    },
  });
}
