"use client";

import { useEffect, useRef } from "react";
import type { DebugResumeCommand } from "@/lib/debug/debug-protocol";
import { cn } from "@/components/ui/cn";
import { debugShortcuts, isTypingTarget, shortcutCommand } from "./debug-shortcuts";

interface DebugToolbarProps {
  paused: boolean;
  /** The session can still take commands (Stop works while the script runs). */
  live: boolean;
  onCommand: (command: DebugResumeCommand) => void;
}

/**
 * Continue, the steps and Stop, with their keys. A button that cannot act now is aria-disabled rather
 * than disabled, so the focus stays on it after a step and the next Enter or F10 steps again once paused.
 */
export function DebugToolbar({ paused, live, onCommand }: DebugToolbarProps) {
  const enabledFor = (command: DebugResumeCommand) => (command === "stop" ? live : paused);

  // Keys work anywhere on the page while the session lives, except while typing in a text field.
  const latest = useRef({ enabledFor, onCommand, live });
  useEffect(() => {
    latest.current = { enabledFor, onCommand, live };
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = shortcutCommand(e);
      if (!command || !latest.current.live || isTypingTarget(e.target)) return;
      // F5 would reload the page and lose the session, F11 would go full screen: the debugger owns them now.
      e.preventDefault();
      e.stopPropagation();
      if (latest.current.enabledFor(command)) latest.current.onCommand(command);
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, []);

  return (
    <div role="toolbar" aria-label="Debugger" className="flex flex-wrap gap-2">
      {debugShortcuts.map((s) => {
        const enabled = enabledFor(s.command);
        return (
          <button
            key={s.command}
            type="button"
            aria-disabled={!enabled}
            aria-keyshortcuts={s.hint}
            title={`${s.label} (${s.hint})`}
            onClick={() => enabled && onCommand(s.command)}
            className={cn(
              "inline-flex items-center gap-2 rounded-md px-2.5 py-1.5 text-xs font-medium shadow-sm ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
              !enabled
                ? "cursor-not-allowed bg-slate-100 text-slate-600 ring-slate-200"
                : s.command === "stop"
                  ? "bg-white text-red-700 ring-red-300 hover:bg-red-50"
                  : s.command === "continue"
                    ? "bg-indigo-600 text-white ring-indigo-600 hover:bg-indigo-500"
                    : "bg-white text-slate-900 ring-slate-300 hover:bg-slate-50",
            )}
          >
            {s.label}
            <kbd className={cn("rounded px-1 font-mono text-[0.7rem]", s.command === "continue" && enabled ? "bg-indigo-700 text-white" : "bg-slate-200 text-slate-700")}>{s.hint}</kbd>
          </button>
        );
      })}
    </div>
  );
}
