"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { OccurrenceView } from "@/lib/schedules/list-occurrences";
import type { ScheduleRunbookView } from "@/lib/schedules/schedule-runbook-view";
import type { ScheduleView } from "@/lib/schedules/schedule-view";
import type { CreateScheduleInput, LinkRunbookInput } from "@/lib/schedules/schemas";

const base = "/api/v1/schedules";

export function useSchedules() {
  return useQuery({ queryKey: queryKeys.schedules(), queryFn: ({ signal }) => fetchAllPages<ScheduleView>(base, { signal }), refetchInterval: 30_000 });
}

export function useSchedule(id: string) {
  // Refreshed so next and last run follow the scheduler while the page is open.
  return useQuery({ queryKey: queryKeys.schedule(id), queryFn: ({ signal }) => fetchJson<ScheduleView>(`${base}/${id}`, { signal }), refetchInterval: 10_000 });
}

/** Creates (no id) or replaces the fields of (PATCH) a schedule. */
export function useSaveSchedule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateScheduleInput }) =>
      id ? fetchJson<ScheduleView>(`${base}/${id}`, { method: "PATCH", body }) : fetchJson<ScheduleView>(base, { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["schedules"] }),
  });
}

export function useSetScheduleEnabled() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => fetchJson<ScheduleView>(`${base}/${id}`, { method: "PATCH", body: { enabled } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["schedules"] }),
  });
}

export function useDeleteSchedule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson(`${base}/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["schedules"] }),
  });
}

export function useScheduleRunbooks(id: string) {
  return useQuery({ queryKey: queryKeys.scheduleRunbooks(id), queryFn: ({ signal }) => fetchJson<{ items: ScheduleRunbookView[] }>(`${base}/${id}/runbooks`, { signal }) });
}

export function useRunbookSchedules(runbookId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.runbookSchedules(runbookId),
    queryFn: ({ signal }) => fetchJson<{ items: ScheduleRunbookView[] }>(`/api/v1/runbooks/${runbookId}/schedules`, { signal }),
    enabled: options.enabled,
  });
}

export function useLinkRunbook(scheduleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LinkRunbookInput) => fetchJson<ScheduleRunbookView>(`${base}/${scheduleId}/runbooks`, { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["schedules"] }),
  });
}

export function useUnlinkRunbook(scheduleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (runbookId: string) => fetchJson(`${base}/${scheduleId}/runbooks/${runbookId}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["schedules"] }),
  });
}

/** The occurrence history; refreshed every 5 s so a scheduled job shows up without a reload. */
export function useOccurrences(id: string) {
  return useQuery({
    queryKey: queryKeys.scheduleOccurrences(id),
    queryFn: ({ signal }) => fetchJson<{ items: OccurrenceView[]; nextCursor: string | null }>(`${base}/${id}/occurrences?limit=50`, { signal }),
    refetchInterval: 5_000,
  });
}
