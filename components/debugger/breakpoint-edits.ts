import type { DebugBreakpoint, DebugBreakpointState } from "@/lib/debug/debug-protocol";

/** Breakpoints kept in line order, one per line, as PowerShell's Set-PSBreakpoint -Line knows them. */
function sorted(list: DebugBreakpoint[]): DebugBreakpoint[] {
  return [...list].sort((a, b) => a.line - b.line);
}

/** Sets a plain breakpoint on `line`, or clears the one there (whatever its condition). */
export function toggleBreakpoint(list: DebugBreakpoint[], line: number): DebugBreakpoint[] {
  return list.some((b) => b.line === line) ? list.filter((b) => b.line !== line) : sorted([...list, { line }]);
}

export function removeBreakpoint(list: DebugBreakpoint[], line: number): DebugBreakpoint[] {
  return list.filter((b) => b.line !== line);
}

/** Replaces the condition and hit count of the breakpoint on `line`; blank text clears them. */
export function editBreakpoint(list: DebugBreakpoint[], line: number, edit: { condition?: string; hitCount?: number }): DebugBreakpoint[] {
  return list.map((b) => {
    if (b.line !== line) return b;
    const condition = edit.condition?.trim();
    return { line, ...(condition ? { condition } : {}), ...(edit.hitCount === undefined ? {} : { hitCount: edit.hitCount }) };
  });
}

/** What the editor draws for one breakpoint. */
export interface ShownBreakpoint extends DebugBreakpoint {
  /** False when the host could not place it; true when it did, or when no session has reported yet. */
  verified: boolean;
  message?: string;
}

/**
 * Joins the person's breakpoints with how the host last placed them. A report about a different
 * condition or hit count on the same line is about an older edit, so it does not count.
 */
export function shownBreakpoints(list: DebugBreakpoint[], reported: DebugBreakpointState[] | null): ShownBreakpoint[] {
  return list.map((b) => {
    const state = reported?.find((r) => r.line === b.line && (r.condition ?? "") === (b.condition ?? "") && r.hitCount === b.hitCount);
    return state && !state.verified ? { ...b, verified: false, ...(state.message ? { message: state.message } : {}) } : { ...b, verified: true };
  });
}

/** The one-line summary a list or hover shows: "Line 4 when $i -gt 2, on hit 3". */
export function describeBreakpoint(b: DebugBreakpoint): string {
  return [`Line ${b.line}`, b.condition ? `when ${b.condition}` : null, b.hitCount ? `on hit ${b.hitCount}` : null].filter(Boolean).join(", ");
}

/**
 * Breakpoints after an edit moved their lines (`lines[i]` is where `list[i]` sits now, as Monaco
 * tracked it); two that land on one line (the lines between them were deleted) become the first.
 * Returns null when nothing moved, so a keystroke that shifts no line saves nothing.
 */
export function moveBreakpoints(list: DebugBreakpoint[], lines: number[]): DebugBreakpoint[] | null {
  if (list.length !== lines.length || list.every((b, i) => b.line === lines[i])) return null;
  const moved: DebugBreakpoint[] = [];
  list.forEach((b, i) => {
    const line = lines[i]!;
    if (!moved.some((m) => m.line === line)) moved.push({ ...b, line });
  });
  return sorted(moved);
}
