import type { DebugResumeCommand } from "@/lib/debug/debug-protocol";

/** The debugger's keys, as in VS Code and the PowerShell ISE. */
export const debugShortcuts: { command: DebugResumeCommand; label: string; key: string; shift: boolean; hint: string }[] = [
  { command: "continue", label: "Continue", key: "F5", shift: false, hint: "F5" },
  { command: "stepOver", label: "Step over", key: "F10", shift: false, hint: "F10" },
  { command: "stepInto", label: "Step into", key: "F11", shift: false, hint: "F11" },
  { command: "stepOut", label: "Step out", key: "F11", shift: true, hint: "Shift+F11" },
  { command: "stop", label: "Stop", key: "F5", shift: true, hint: "Shift+F5" },
];

/** The command a key press means, or null; Ctrl, Alt and Meta combinations belong to the browser. */
export function shortcutCommand(e: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): DebugResumeCommand | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  return debugShortcuts.find((s) => s.key === e.key && s.shift === e.shiftKey)?.command ?? null;
}

/**
 * True when the key press belongs to a text field: the console, a breakpoint's condition, the
 * parameter form. Monaco's own text area is the exception: stepping while reading the code is the point.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === "undefined" || !(target instanceof Element)) return false;
  if (target.closest(".monaco-editor")) return false;
  return target.matches("input, textarea, select, [contenteditable=''], [contenteditable='true']");
}
