"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { CreatedRegistrationTokenView, RegistrationTokenView } from "@/lib/workers/registration-tokens/registration-token-view";
import type { CreateRegistrationTokenInput } from "@/lib/workers/registration-tokens/schemas";

const tokensUrl = (group: string) => `/api/v1/worker-groups/${encodeURIComponent(group)}/registration-tokens`;

export function useRegistrationTokens(group: string) {
  return useQuery({
    queryKey: queryKeys.registrationTokens(group),
    queryFn: ({ signal }) => fetchAllPages<RegistrationTokenView>(tokensUrl(group), { signal }),
    enabled: group !== "",
  });
}

function useTokenMutation<I, O>(group: string, call: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.registrationTokens(group) }) });
}

export const useCreateRegistrationToken = (group: string) =>
  useTokenMutation(group, (input: CreateRegistrationTokenInput) => fetchJson<CreatedRegistrationTokenView>(tokensUrl(group), { method: "POST", body: input }));

export const useRevokeRegistrationToken = (group: string) =>
  useTokenMutation(group, (tokenId: string) => fetchJson<null>(`${tokensUrl(group)}/${encodeURIComponent(tokenId)}`, { method: "DELETE" }));
