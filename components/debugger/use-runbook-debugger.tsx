"use client";

import { useCallback, useMemo, type ReactNode } from "react";
import type { TestDraftInput } from "@/lib/jobs/start-job-schema";
import type { EditorDebugProps } from "./use-debug-decorations";
import type { DebugBreakpoint } from "@/lib/debug/debug-protocol";
import { editBreakpoint, removeBreakpoint, shownBreakpoints, toggleBreakpoint } from "./breakpoint-edits";
import { DebugPanel } from "./debug-panel";
import { highlightedLine, isSessionLive } from "./debug-session-state";
import { useDebugSession } from "./use-debug-session";
import { useRunbookBreakpoints } from "./use-runbook-breakpoints";

/** What the test pane needs for its Debug button and panel. */
export interface TestPaneDebugging {
  /** Starts a debug session; the test job's id, or null when it did not start (the error says why). */
  start: (input: TestDraftInput) => Promise<string | null>;
  starting: boolean;
  error: unknown;
  /** Clears the last start's error, when a plain test run is tried instead. */
  reset: () => void;
  /** A session is running: one at a time. */
  active: boolean;
  panel: ReactNode;
}

/**
 * Joins the editor and the test pane for debugging: the person's breakpoints (saved, and sent to a
 * running session), the session, what the editor draws and what the test pane shows.
 */
export function useRunbookDebugger(runbookId: string, enabled: boolean): { editor: EditorDebugProps | undefined; testPane: TestPaneDebugging | undefined; loadError: unknown; saveError: unknown } {
  const { breakpoints, change, loadError, saveError } = useRunbookBreakpoints(runbookId, enabled);
  const session = useDebugSession(runbookId);
  const { state, jobId, send, start } = session;
  const live = jobId !== null && isSessionLive(state);

  const update = useCallback(
    (next: DebugBreakpoint[]) => {
      change(next);
      if (live) void send({ command: "setBreakpoints", breakpoints: next });
    },
    [change, live, send],
  );

  const shown = useMemo(() => shownBreakpoints(breakpoints, state.breakpoints), [breakpoints, state.breakpoints]);
  const pausedLine = jobId ? highlightedLine(state) : null;
  const onToggleBreakpoint = useCallback((line: number) => update(toggleBreakpoint(breakpoints, line)), [update, breakpoints]);
  const editor = useMemo<EditorDebugProps>(() => ({ breakpoints: shown, onToggleBreakpoint, onMoveBreakpoints: update, pausedLine }), [shown, onToggleBreakpoint, update, pausedLine]);

  const { mutateAsync, reset } = start;
  const testPane: TestPaneDebugging = {
    start: async (input) => {
      try {
        return (await mutateAsync({ ...input, breakpoints })).jobId;
      } catch {
        return null;
      }
    },
    starting: start.isPending,
    error: start.error,
    reset,
    active: live,
    panel: (
      <DebugPanel
        session={session}
        breakpoints={shown}
        onEditBreakpoint={(line, edit) => update(editBreakpoint(breakpoints, line, edit))}
        onRemoveBreakpoint={(line) => update(removeBreakpoint(breakpoints, line))}
      />
    ),
  };

  return enabled ? { editor, testPane, loadError, saveError } : { editor: undefined, testPane: undefined, loadError: null, saveError: null };
}
