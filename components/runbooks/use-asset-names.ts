"use client";

import { useQueries } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { useCan } from "@/components/auth/principal-context";
import type { AssetKind } from "@/lib/automation/cmdlet-completion";

const endpoints: Record<AssetKind, string> = {
  variable: "/api/v1/variables",
  credential: "/api/v1/credentials",
  connection: "/api/v1/connections",
  certificate: "/api/v1/certificates",
};
const kinds = Object.keys(endpoints) as AssetKind[];

export type AssetNames = Record<AssetKind, string[]>;

/** Names of the account's assets, for completing the automation cmdlets' -Name; empty without asset.read. */
export function useAssetNames(): AssetNames {
  const canRead = useCan("asset.read");
  const results = useQueries({
    queries: kinds.map((kind) => ({
      queryKey: ["assets", "names", kind] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchAllPages<{ name: string }>(endpoints[kind], { signal }),
      enabled: canRead,
      staleTime: 60_000,
      select: (items: { name: string }[]) => items.map((a) => a.name),
    })),
  });
  return Object.fromEntries(kinds.map((kind, i) => [kind, results[i]?.data ?? []])) as AssetNames;
}
