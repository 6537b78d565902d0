"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { ApiTokenView } from "@/lib/tokens/api-token-view";
import type { CreateApiTokenInput } from "@/lib/tokens/schemas";

export function useApiTokens() {
  return useQuery({ queryKey: queryKeys.apiTokens(), queryFn: ({ signal }) => fetchAllPages<ApiTokenView>("/api/v1/tokens", { signal }) });
}

export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiTokenInput) => fetchJson<ApiTokenView & { token: string }>("/api/v1/tokens", { method: "POST", body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.apiTokens() }),
  });
}

export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => fetchJson(`/api/v1/tokens/${tokenId}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.apiTokens() }),
  });
}
