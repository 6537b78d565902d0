"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { ErrorMessage } from "@/components/ui/error-message";
import type { DebugPauseReason, DebugResumeCommand } from "@/lib/debug/debug-protocol";
import type { ShownBreakpoint } from "./breakpoint-edits";
import { BreakpointsList } from "./breakpoints-list";
import { CallStackList } from "./call-stack-list";
import { DebugConsole } from "./debug-console";
import { isSessionLive, selectedFrameOf } from "./debug-session-state";
import { DebugToolbar } from "./debug-toolbar";
import type { DebugSession } from "./use-debug-session";
import { initiallyOpenVariables, VariablesPanel } from "./variables-panel";

const reasons: Record<DebugPauseReason, string> = {
  breakpoint: "breakpoint",
  step: "step",
  "wait-debugger": "Wait-Debugger",
  "script-breakpoint": "a breakpoint the script set",
};

const running: Record<DebugResumeCommand, string> = {
  continue: "Running…",
  stepOver: "Stepping over…",
  stepInto: "Stepping into…",
  stepOut: "Stepping out…",
  stop: "Stopping…",
};

interface DebugPanelProps {
  session: DebugSession;
  breakpoints: ShownBreakpoint[];
  onEditBreakpoint: (line: number, edit: { condition?: string; hitCount?: number }) => void;
  onRemoveBreakpoint: (line: number) => void;
}

/** The paused script's toolbar, call stack, variables and console, with the breakpoints list. */
export function DebugPanel({ session, breakpoints, onEditBreakpoint, onRemoveBreakpoint }: DebugPanelProps) {
  const { state, jobId } = session;
  const live = isSessionLive(state);
  const frame = selectedFrameOf(state);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // What is open in the variables stays open across steps, while the tree itself is gone.
  const [openVariables, setOpenVariables] = useState(initiallyOpenVariables);

  // A new session moves the focus to the panel, so keyboard and screen reader users land where it happens.
  useEffect(() => {
    if (jobId) headingRef.current?.focus();
  }, [jobId]);

  const status = !jobId
    ? "Set breakpoints, then press Debug."
    : state.status === "paused" && state.paused
      ? `Paused at line ${state.paused.line}${state.paused.inRunbook ? "" : ` of ${state.paused.stack[0]?.script ?? "another script"}`} (${reasons[state.paused.reason]})`
      : state.status === "running"
        ? running[state.lastAction ?? "continue"]
        : state.status === "starting"
          ? "Starting the debug session…"
          : `Debug session ended${state.endedReason ? `: ${state.endedReason}` : "."}`;

  return (
    <section aria-labelledby="debug-panel-title" className="space-y-4 rounded-lg border border-amber-300 bg-amber-50/40 p-3" data-testid="debug-panel">
      <div className="space-y-2">
        <h3 id="debug-panel-title" ref={headingRef} tabIndex={-1} className="text-sm font-semibold">
          Debugger
        </h3>
        <p role="status" aria-live="polite" className="text-sm text-slate-800" data-testid="debug-status">
          {status}
        </p>
        {jobId ? <DebugToolbar paused={state.status === "paused"} live={live} onCommand={(command) => void session.send({ command })} /> : null}
        {state.notice ? <ErrorMessage error={new Error(state.notice)} title="PowerShell refused the command" /> : null}
      </div>
      {state.paused ? (
        <div className="grid grid-cols-1 gap-4">
          <Part title="Call stack">
            <CallStackList stack={state.paused.stack} selected={state.selectedFrame} onSelect={session.selectFrame} />
          </Part>
          <Part title="Variables">
            <VariablesPanel frame={frame?.index ?? 0} open={openVariables} onOpenChange={setOpenVariables} variables={state.variables} onRequest={session.requestVariables} />
          </Part>
        </div>
      ) : null}
      {jobId ? (
        <Part title="Console">
          <DebugConsole entries={state.console} paused={state.status === "paused"} frame={frame?.index ?? 0} onEvaluate={session.evaluate} />
        </Part>
      ) : null}
      <Part title="Breakpoints">
        <BreakpointsList breakpoints={breakpoints} onEdit={onEditBreakpoint} onRemove={onRemoveBreakpoint} />
      </Part>
    </section>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1 rounded-md border border-slate-200 bg-white p-2">
      <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{title}</h4>
      {children}
    </div>
  );
}
