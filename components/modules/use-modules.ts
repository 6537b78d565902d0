"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { ModuleDetail, ModuleSummary, ModuleVersionView } from "@/lib/modules/module-views";

const moduleUrl = (name: string) => `/api/v1/modules/${encodeURIComponent(name)}`;
const versionUrl = (name: string, version: string) => `${moduleUrl(name)}/versions/${encodeURIComponent(version)}`;

export function useModules() {
  return useQuery({ queryKey: queryKeys.modules(), queryFn: ({ signal }) => fetchAllPages<ModuleSummary>("/api/v1/modules", { signal }) });
}

export function useModule(name: string) {
  return useQuery({ queryKey: queryKeys.module(name), queryFn: ({ signal }) => fetchJson<ModuleDetail>(moduleUrl(name), { signal }) });
}

export function useModuleVersions(name: string) {
  return useQuery({ queryKey: queryKeys.moduleVersions(name), queryFn: ({ signal }) => fetchAllPages<ModuleVersionView>(`${moduleUrl(name)}/versions`, { signal }) });
}

/** Every module write changes lists, details and versions alike. */
function useModuleMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => qc.invalidateQueries({ queryKey: ["modules"] }) });
}

/** The .zip goes as the raw request body (the API's one non-JSON body). */
export const useUploadModule = () =>
  useModuleMutation((file: File) => fetchJson<ModuleDetail>("/api/v1/modules", { method: "POST", file: { data: file, contentType: "application/zip" } }));

export const useActivateModuleVersion = (name: string) =>
  useModuleMutation((version: string) => fetchJson<ModuleDetail>(`${versionUrl(name, version)}/activate`, { method: "POST" }));

export const useDeleteModuleVersion = (name: string) =>
  useModuleMutation((version: string) => fetchJson<{ moduleDeleted: boolean }>(versionUrl(name, version), { method: "DELETE" }));

export const useDeleteModule = (name: string) => useModuleMutation(() => fetchJson<null>(moduleUrl(name), { method: "DELETE" }));
