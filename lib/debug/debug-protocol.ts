import { z } from "zod";

/**
 * The runbook debugger's vocabulary, shared by the portal, /api/v1, the worker and the PowerShell host
 * (worker/pwsh/JobDebugger.cs speaks the same JSON on the host channel). A client sends commands; the
 * host answers with events. PowerShell's own debugger (Runspace.Debugger) does the work.
 */

/** A line breakpoint in the runbook's script. */
export const debugBreakpointSchema = z
  .object({
    line: z.number({ message: "must be a line number" }).int("must be a line number").min(1, "must be at least 1").max(1_000_000, "must be at most 1,000,000"),
    /** A PowerShell expression, evaluated where the line runs; the line pauses only when it is true. */
    condition: z.string().trim().min(1, "must not be blank").max(2000, "must be at most 2,000 characters").optional(),
    /** Pauses on exactly the Nth hit (counting only hits whose condition held), as VS Code's PowerShell extension does. */
    hitCount: z.number({ message: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(1_000_000, "must be at most 1,000,000").optional(),
  })
  .strict();
export type DebugBreakpoint = z.infer<typeof debugBreakpointSchema>;

export const debugBreakpointListSchema = z.array(debugBreakpointSchema).max(200, "at most 200 breakpoints");

/** Body of PUT /api/v1/runbooks/{runbookId}/breakpoints: the caller's breakpoints in that runbook. */
export const runbookBreakpointsSchema = z.object({ breakpoints: debugBreakpointListSchema }).strict();
export type RunbookBreakpoints = z.infer<typeof runbookBreakpointsSchema>;

export const debugScopes = ["local", "script", "global"] as const;
export type DebugScope = (typeof debugScopes)[number];

const requestId = z.string().min(1, "must not be empty").max(64, "must be at most 64 characters");
const frame = z.number().int().min(0, "must be a call stack frame index").max(10_000);

/** Where a variable sits under a scope: a variable name, then property names, hashtable keys or list indexes. */
export const debugVariablePathSchema = z.array(z.union([z.string().max(1000), z.number().int().min(0)])).max(8, "at most 8 levels deep");

/** Body of POST /api/v1/jobs/{jobId}/debug/commands. */
export const debugCommandSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("continue") }).strict(),
  z.object({ command: z.literal("stepOver") }).strict(),
  z.object({ command: z.literal("stepInto") }).strict(),
  z.object({ command: z.literal("stepOut") }).strict(),
  z.object({ command: z.literal("stop") }).strict(),
  z.object({ command: z.literal("variables"), requestId, frame, scope: z.enum(debugScopes), path: debugVariablePathSchema.default([]) }).strict(),
  z.object({ command: z.literal("evaluate"), requestId, frame, expression: z.string().trim().min(1, "must not be blank").max(10_000, "must be at most 10,000 characters") }).strict(),
  z.object({ command: z.literal("setBreakpoints"), breakpoints: debugBreakpointListSchema }).strict(),
]);
export type DebugCommand = z.infer<typeof debugCommandSchema>;
export type DebugCommandName = DebugCommand["command"];
export type DebugResumeCommand = Extract<DebugCommandName, "continue" | "stepOver" | "stepInto" | "stepOut" | "stop">;

/** One call stack frame; index 0 is where the script paused. */
export interface DebugFrame {
  index: number;
  /** PowerShell's FunctionName: the function, or "<ScriptBlock>" for the script's own body. */
  functionName: string;
  /** The script file's name as the runbook author knows it (the runbook's name for the runbook itself); null for code typed at no file. */
  script: string | null;
  /** True when the frame is in the runbook being debugged, so the editor can show its line. */
  inRunbook: boolean;
  line: number;
}

/** One variable, property, key or element; `value` is a bounded one-line rendering. */
export interface DebugVariable {
  name: string;
  /** .NET type's full name, or "$null". */
  type: string;
  value: string;
  /** Has children the client can ask for with `path` + this name (or index). */
  expandable: boolean;
}

export type DebugPauseReason = "breakpoint" | "step" | "wait-debugger" | "script-breakpoint";

/** How a breakpoint set in the editor landed: PowerShell refuses lines past the script's end, and a condition that does not parse. */
export interface DebugBreakpointState extends DebugBreakpoint {
  verified: boolean;
  message?: string;
}

/** What the host reports. Every string in it has passed the job's secret masking. */
export type DebugEvent =
  | { event: "breakpoints"; breakpoints: DebugBreakpointState[] }
  | { event: "paused"; reason: DebugPauseReason; line: number; column: number; inRunbook: boolean; stack: DebugFrame[] }
  | { event: "running"; action: DebugResumeCommand }
  | { event: "variables"; requestId: string; frame: number; scope: DebugScope; path: (string | number)[]; variables: DebugVariable[]; truncated: boolean }
  | { event: "evaluated"; requestId: string; frame: number; expression: string; output: string; error?: string }
  | { event: "refused"; requestId?: string; command: DebugCommandName; message: string }
  /** Written by the worker when the job's PowerShell has ended (or the idle timeout stopped it): nothing follows. */
  | { event: "ended"; reason: string };
export type DebugEventName = DebugEvent["event"];

/** Bounds the host keeps to, so a huge object cannot make an answer unbounded. */
export const debugLimits = {
  /** Children listed per expansion; more sets `truncated`. */
  maxChildren: 200,
  /** Characters of one value's rendering. */
  maxValueChars: 1000,
  /** Characters of an evaluation's output. */
  maxOutputChars: 65_536,
} as const;
