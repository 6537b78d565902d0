"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";

/** The REST collections under /api/v1 that hold assets. */
export type AssetCollection = "variables" | "credentials" | "connection-types" | "connections" | "certificates";

const itemUrl = (collection: AssetCollection, name: string) => `/api/v1/${collection}/${encodeURIComponent(name)}`;

export function useAssetList<T>(collection: AssetCollection) {
  return useQuery({
    queryKey: queryKeys.assets(collection),
    queryFn: ({ signal }) => fetchAllPages<T>(`/api/v1/${collection}`, { signal }),
  });
}

/** Creates (no `name`) or updates (PATCH by the existing name) an asset. */
export function useSaveAsset<T>(collection: AssetCollection) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ name, body }: { name?: string; body: unknown }) =>
      name === undefined ? fetchJson<T>(`/api/v1/${collection}`, { method: "POST", body }) : fetchJson<T>(itemUrl(collection, name), { method: "PATCH", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assets"] }),
  });
}

export function useDeleteAsset(collection: AssetCollection) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ name, force }: { name: string; force: boolean }) => fetchJson(`${itemUrl(collection, name)}${force ? "?force=true" : ""}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assets"] }),
  });
}
