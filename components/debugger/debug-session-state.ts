import type { DebugBreakpointState, DebugEvent, DebugFrame, DebugPauseReason, DebugResumeCommand, DebugScope, DebugVariable } from "@/lib/debug/debug-protocol";

/** Where a variable list sits: a frame, a scope, and the names/indexes leading to it ([] for the scope itself). */
export interface VariablesAddress {
  frame: number;
  scope: DebugScope;
  path: (string | number)[];
}

export type VariablesEntry = { status: "loading" } | { status: "loaded"; variables: DebugVariable[]; truncated: boolean } | { status: "failed"; message: string };

export interface ConsoleEntry {
  requestId: string;
  frame: number;
  expression: string;
  status: "pending" | "done";
  output?: string;
  error?: string;
}

export interface PausedAt {
  reason: DebugPauseReason;
  line: number;
  inRunbook: boolean;
  stack: DebugFrame[];
}

export interface DebugViewState {
  status: "starting" | "running" | "paused" | "ended";
  /** Set while paused; cleared when the script runs again. */
  paused: PausedAt | null;
  /** The call stack frame the person chose (0: where the script paused). */
  selectedFrame: number;
  /** The command that set the script running, so the toolbar can say "Stepping…". */
  lastAction: DebugResumeCommand | null;
  endedReason: string | null;
  /** How the host placed the breakpoints (unverified ones carry PowerShell's message). */
  breakpoints: DebugBreakpointState[] | null;
  /** Variable lists of the current pause, by `variablesKey`. Values change between pauses, so a pause starts empty. */
  variables: Record<string, VariablesEntry>;
  /** Variable requests awaiting an answer: requestId → key. */
  pendingVariables: Record<string, string>;
  console: ConsoleEntry[];
  /** The host's last refusal of a command that had no requestId (a step while running, …). */
  notice: string | null;
}

export type DebugAction =
  /** A new session began: nothing of the last one carries over. */
  | { type: "started" }
  | { type: "event"; event: DebugEvent }
  | { type: "selectFrame"; frame: number }
  | { type: "variablesRequested"; requestId: string; address: VariablesAddress }
  | { type: "evaluateRequested"; requestId: string; frame: number; expression: string }
  /** A command the API did not accept (network, 4xx): its requestId, if any, and why. */
  | { type: "commandFailed"; requestId?: string; message: string }
  /** The job reached a terminal status (the ended event may never come if the worker was lost). */
  | { type: "jobFinished"; status: string };

export const initialDebugViewState: DebugViewState = {
  status: "starting",
  paused: null,
  selectedFrame: 0,
  lastAction: null,
  endedReason: null,
  breakpoints: null,
  variables: {},
  pendingVariables: {},
  console: [],
  notice: null,
};

export function variablesKey({ frame, scope, path }: VariablesAddress): string {
  return JSON.stringify([frame, scope, path]);
}

/** The debugger's view of a session, from the host's events and the person's requests. */
export function debugViewReducer(state: DebugViewState, action: DebugAction): DebugViewState {
  // Nothing follows the end (the contract's "ended" is last); a late answer or job poll changes nothing.
  if (action.type === "started") return initialDebugViewState;
  if (state.status === "ended") return state;
  switch (action.type) {
    case "event":
      return onEvent(state, action.event);
    case "selectFrame":
      return state.paused && action.frame >= 0 && action.frame < Math.max(state.paused.stack.length, 1) ? { ...state, selectedFrame: action.frame } : state;
    case "variablesRequested": {
      const key = variablesKey(action.address);
      return { ...state, variables: { ...state.variables, [key]: { status: "loading" } }, pendingVariables: { ...state.pendingVariables, [action.requestId]: key } };
    }
    case "evaluateRequested":
      return { ...state, console: [...state.console, { requestId: action.requestId, frame: action.frame, expression: action.expression, status: "pending" }] };
    case "commandFailed":
      return action.requestId ? failRequest(state, action.requestId, action.message) : { ...state, notice: action.message };
    case "jobFinished":
      return end(state, `The test job ended (${action.status}).`);
  }
}

function onEvent(state: DebugViewState, event: DebugEvent): DebugViewState {
  switch (event.event) {
    case "breakpoints":
      return { ...state, breakpoints: event.breakpoints };
    case "paused":
      return {
        ...state,
        status: "paused",
        paused: { reason: event.reason, line: event.line, inRunbook: event.inRunbook, stack: event.stack },
        selectedFrame: 0,
        variables: {},
        pendingVariables: {},
        notice: null,
      };
    case "running":
      return { ...state, status: "running", paused: null, lastAction: event.action, variables: {}, pendingVariables: {}, notice: null };
    case "variables": {
      const key = variablesKey(event);
      const pendingVariables = { ...state.pendingVariables };
      delete pendingVariables[event.requestId];
      // An answer from an earlier pause (its request was forgotten when the script ran on) is stale.
      if (state.pendingVariables[event.requestId] === undefined) return state;
      return { ...state, pendingVariables, variables: { ...state.variables, [key]: { status: "loaded", variables: event.variables, truncated: event.truncated } } };
    }
    case "evaluated":
      return {
        ...state,
        console: state.console.map((c) => (c.requestId === event.requestId ? { ...c, status: "done", output: event.output, ...(event.error === undefined ? {} : { error: event.error }) } : c)),
      };
    case "refused":
      return event.requestId ? failRequest(state, event.requestId, event.message) : { ...state, notice: event.message };
    case "ended":
      return end(state, event.reason);
  }
}

function failRequest(state: DebugViewState, requestId: string, message: string): DebugViewState {
  const key = state.pendingVariables[requestId];
  if (key !== undefined) {
    const pendingVariables = { ...state.pendingVariables };
    delete pendingVariables[requestId];
    return { ...state, pendingVariables, variables: { ...state.variables, [key]: { status: "failed", message } } };
  }
  if (state.console.some((c) => c.requestId === requestId)) {
    return { ...state, console: state.console.map((c) => (c.requestId === requestId ? { ...c, status: "done", error: message } : c)) };
  }
  return { ...state, notice: message };
}

function end(state: DebugViewState, reason: string): DebugViewState {
  return {
    ...state,
    status: "ended",
    paused: null,
    endedReason: reason,
    variables: {},
    pendingVariables: {},
    // An evaluation that can no longer be answered says so instead of spinning.
    console: state.console.map((c) => (c.status === "pending" ? { ...c, status: "done", error: "The session ended before PowerShell answered." } : c)),
  };
}

/** The frame the person is looking at, or null when not paused. */
export function selectedFrameOf(state: DebugViewState): DebugFrame | null {
  if (!state.paused) return null;
  return state.paused.stack[state.selectedFrame] ?? null;
}

/** The runbook line the editor highlights: the chosen frame's, when that frame is in the runbook. */
export function highlightedLine(state: DebugViewState): number | null {
  if (!state.paused) return null;
  const frame = selectedFrameOf(state);
  if (frame) return frame.inRunbook ? frame.line : null;
  return state.paused.inRunbook ? state.paused.line : null;
}

/** True while the session can still take commands. */
export function isSessionLive(state: DebugViewState): boolean {
  return state.status !== "ended";
}
