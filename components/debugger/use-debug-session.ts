"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { errorMessage, fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { DebugBreakpoint, DebugCommand, DebugEvent } from "@/lib/debug/debug-protocol";
import { isJobStatus, isTerminal } from "@/lib/job-lifecycle/statuses";
import type { JobDetail } from "@/lib/jobs/job-views";
import type { TestDraftInput } from "@/lib/jobs/start-job-schema";
import { debugViewReducer, initialDebugViewState, type VariablesAddress } from "./debug-session-state";

/** After the browser gives up on the event stream, try again this long later (from the last event id). */
const reconnectDelayMs = 2_000;

let requestCounter = 0;
/** Unique within the page; the host echoes it so an answer finds its question. */
function nextRequestId(): string {
  requestCounter += 1;
  return `r${Date.now().toString(36)}-${requestCounter}`;
}

/**
 * One debug session of a runbook's draft: starts it, follows the host's debug events (SSE, resumed
 * after the last id on reconnect) into the view state, and sends the person's commands.
 */
export function useDebugSession(runbookId: string) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [state, dispatch] = useReducer(debugViewReducer, initialDebugViewState);

  const start = useMutation({
    mutationFn: (input: TestDraftInput & { breakpoints: DebugBreakpoint[] }) =>
      fetchJson<{ jobId: string; runOn: string | null }>(`/api/v1/runbooks/${runbookId}/draft/debug`, { method: "POST", body: input }),
    onSuccess: ({ jobId: started }) => {
      dispatch({ type: "started" });
      setJobId(started);
    },
  });

  // Once ended (an "ended" event, or the job reached a terminal status) nothing more is followed.
  const ended = state.status === "ended";
  useEffect(() => {
    if (!jobId || ended) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    let lastId = 0;
    const open = () => {
      source = new EventSource(`/api/v1/jobs/${jobId}/debug/events?after=${lastId}`);
      source.addEventListener("debug", (e) => {
        const message = e as MessageEvent<string>;
        const id = Number(message.lastEventId);
        if (Number.isFinite(id) && id > 0) {
          if (id <= lastId) return;
          lastId = id;
        }
        const event = JSON.parse(message.data) as DebugEvent;
        dispatch({ type: "event", event });
        if (event.event === "ended") {
          closed = true;
          source?.close();
        }
      });
      source.onerror = () => {
        if (closed || source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(open, reconnectDelayMs);
      };
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [jobId, ended]);

  // A job that ends without an "ended" event (its worker was lost) still ends the session.
  const job = useQuery({
    queryKey: queryKeys.job(jobId ?? ""),
    enabled: jobId !== null,
    queryFn: ({ signal }) => fetchJson<JobDetail>(`/api/v1/jobs/${jobId}`, { signal }),
  });
  const jobStatus = job.data?.status;
  useEffect(() => {
    if (jobStatus && isJobStatus(jobStatus) && isTerminal(jobStatus)) dispatch({ type: "jobFinished", status: jobStatus });
  }, [jobStatus]);

  const jobRef = useRef(jobId);
  useEffect(() => {
    jobRef.current = jobId;
  }, [jobId]);

  const send = useCallback(async (command: DebugCommand) => {
    const id = jobRef.current;
    if (!id) return;
    try {
      await fetchJson<unknown>(`/api/v1/jobs/${id}/debug/commands`, { method: "POST", body: command });
    } catch (err) {
      dispatch({ type: "commandFailed", requestId: "requestId" in command ? command.requestId : undefined, message: errorMessage(err) });
    }
  }, []);

  const requestVariables = useCallback(
    (address: VariablesAddress) => {
      const requestId = nextRequestId();
      dispatch({ type: "variablesRequested", requestId, address });
      void send({ command: "variables", requestId, ...address });
    },
    [send],
  );

  const evaluate = useCallback(
    (frame: number, expression: string) => {
      const requestId = nextRequestId();
      dispatch({ type: "evaluateRequested", requestId, frame, expression });
      void send({ command: "evaluate", requestId, frame, expression });
    },
    [send],
  );

  const selectFrame = useCallback((frame: number) => dispatch({ type: "selectFrame", frame }), []);

  return { jobId, state, start, send, requestVariables, evaluate, selectFrame };
}

export type DebugSession = ReturnType<typeof useDebugSession>;
