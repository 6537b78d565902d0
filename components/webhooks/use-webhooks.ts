"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { Page } from "@/lib/paging/page-query";
import type { CreateWebhookInput, UpdateWebhookInput } from "@/lib/webhooks/schemas";
import type { WebhookView } from "@/lib/webhooks/webhook-view";

export function useWebhooks(runbookId: string) {
  return useQuery({
    queryKey: queryKeys.webhooks(runbookId),
    // A runbook has a handful of webhooks; one page of the largest size holds them all.
    queryFn: async ({ signal }) => (await fetchJson<Page<WebhookView>>(`/api/v1/runbooks/${runbookId}/webhooks?limit=500`, { signal })).items,
  });
}

/** Creates a webhook; the result's `url` is the only time its token is ever shown. */
export function useCreateWebhook(runbookId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWebhookInput) => fetchJson<{ webhook: WebhookView; url: string }>(`/api/v1/runbooks/${runbookId}/webhooks`, { method: "POST", body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.webhooks(runbookId) }),
  });
}

export function useUpdateWebhook(runbookId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateWebhookInput }) => fetchJson<WebhookView>(`/api/v1/webhooks/${id}`, { method: "PATCH", body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.webhooks(runbookId) }),
  });
}

export function useDeleteWebhook(runbookId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<void>(`/api/v1/webhooks/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.webhooks(runbookId) }),
  });
}
