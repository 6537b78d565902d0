"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import { isJobStatus, isTerminal } from "@/lib/job-lifecycle/statuses";
import type { JobStreamRecordView as JobStreamRecord } from "@/lib/jobs/job-views";

export type StreamConnection = "connecting" | "live" | "reconnecting" | "closed";

/** After the browser gives up on an EventSource, try again this long later. */
const reconnectDelayMs = 2_000;

function parseRecords(data: string): JobStreamRecord[] {
  const parsed: unknown = JSON.parse(data);
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.filter((r): r is JobStreamRecord => typeof r === "object" && r !== null && typeof (r as JobStreamRecord).seq === "number");
}

/**
 * A job's stream records. A finished job's records are read once through the REST endpoint; an
 * unfinished job's arrive live over SSE (`record` events), and `status` events refresh the job.
 * Records are kept in sequence order and deduplicated, so reconnects never show a line twice.
 */
export function useJobStream(jobId: string, finished: boolean | undefined) {
  const qc = useQueryClient();
  // Decided once: a job that finishes while watched keeps its live records instead of reloading them.
  const [mode, setMode] = useState<"history" | "live" | null>(null);
  if (mode === null && finished !== undefined) setMode(finished ? "history" : "live");

  const history = useInfiniteQuery({
    queryKey: ["jobs", "streams", jobId],
    enabled: mode === "history",
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) => fetchJson<{ items: JobStreamRecord[]; lastSeq: number }>(`/api/v1/jobs/${jobId}/streams?after=${pageParam}`, { signal }),
    getNextPageParam: (last) => (last.items.length > 0 ? last.lastSeq : undefined),
    staleTime: Infinity,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const [liveRecords, setLiveRecords] = useState<JobStreamRecord[]>([]);
  const [connection, setConnection] = useState<StreamConnection>("connecting");
  const lastSeq = useRef(0);

  useEffect(() => {
    if (mode !== "live") return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let closed = false;

    const open = () => {
      source = new EventSource(`/api/v1/jobs/${jobId}/streams/live?after=${lastSeq.current}`);
      source.onopen = () => setConnection("live");
      source.addEventListener("record", (e) => {
        const fresh = parseRecords((e as MessageEvent<string>).data).filter((r) => r.seq > lastSeq.current);
        if (!fresh.length) return;
        fresh.sort((a, b) => a.seq - b.seq);
        lastSeq.current = fresh[fresh.length - 1]!.seq;
        setLiveRecords((prev) => [...prev, ...fresh]);
      });
      source.addEventListener("status", (e) => {
        void qc.invalidateQueries({ queryKey: queryKeys.job(jobId) });
        const { status } = JSON.parse((e as MessageEvent<string>).data) as { status?: string };
        if (status && isJobStatus(status) && isTerminal(status)) {
          closed = true;
          source?.close();
          setConnection("closed");
        }
      });
      source.onerror = () => {
        if (closed) return;
        if (source?.readyState === EventSource.CLOSED) {
          setConnection("reconnecting");
          retry = setTimeout(open, reconnectDelayMs);
        } else {
          setConnection("reconnecting");
        }
      };
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [jobId, mode, qc]);

  const records = useMemo(() => (mode === "history" ? (history.data?.pages.flatMap((p) => p.items) ?? []) : liveRecords), [mode, history.data, liveRecords]);
  return {
    records,
    loading: mode === null || (mode === "history" && (history.isPending || hasNextPage === true)),
    error: history.error,
    connection: mode === "history" ? ("closed" as const) : connection,
  };
}
