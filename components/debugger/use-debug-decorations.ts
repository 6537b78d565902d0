"use client";

import * as monaco from "monaco-editor";
import { useEffect, useRef } from "react";
import type { DebugBreakpoint } from "@/lib/debug/debug-protocol";
import { describeBreakpoint, moveBreakpoints, type ShownBreakpoint } from "./breakpoint-edits";

/** What the editor shows and takes for the debugger. */
export interface EditorDebugProps {
  breakpoints: ShownBreakpoint[];
  /** Clicking the glyph margin, or F9 on the cursor's line. */
  onToggleBreakpoint: (line: number) => void;
  /** An edit moved lines that hold breakpoints: they follow their code. */
  onMoveBreakpoints: (breakpoints: DebugBreakpoint[]) => void;
  /** The runbook line the script is paused on (or the chosen frame's), null while it runs. */
  pausedLine: number | null;
}

/**
 * Breakpoint dots in the glyph margin and the paused line's highlight. The glyph margin is a mouse
 * target only, so F9 (VS Code's key) toggles a breakpoint on the cursor's line for keyboard users.
 */
export function useDebugDecorations(editor: monaco.editor.IStandaloneCodeEditor | null, debug: EditorDebugProps | undefined): void {
  const toggleRef = useRef(debug?.onToggleBreakpoint);
  const moveRef = useRef(debug?.onMoveBreakpoints);
  const breakpointsRef = useRef(debug?.breakpoints ?? []);
  useEffect(() => {
    toggleRef.current = debug?.onToggleBreakpoint;
    moveRef.current = debug?.onMoveBreakpoints;
    breakpointsRef.current = debug?.breakpoints ?? [];
  });
  const enabled = debug !== undefined;
  const dots = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const lineMark = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  useEffect(() => {
    if (!editor || !enabled) return;
    editor.updateOptions({ glyphMargin: true });
    const mouse = editor.onMouseDown((e) => {
      if (e.target.type !== monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN || !e.target.position) return;
      toggleRef.current?.(e.target.position.lineNumber);
    });
    const action = editor.addAction({
      id: "baton.toggleBreakpoint",
      label: "Toggle breakpoint",
      keybindings: [monaco.KeyCode.F9],
      contextMenuGroupId: "navigation",
      run: (ed) => {
        const line = ed.getPosition()?.lineNumber;
        if (line) toggleRef.current?.(line);
      },
    });
    // Monaco carries each dot along as lines are inserted or deleted above it; the list follows.
    const edits = editor.onDidChangeModelContent(() => {
      const lines = dots.current?.getRanges().map((r) => r.startLineNumber) ?? [];
      const moved = moveBreakpoints(breakpointsRef.current.map(({ line, condition, hitCount }) => ({ line, ...(condition ? { condition } : {}), ...(hitCount ? { hitCount } : {}) })), lines);
      if (moved) moveRef.current?.(moved);
    });
    return () => {
      mouse.dispose();
      action.dispose();
      edits.dispose();
    };
  }, [editor, enabled]);

  const breakpoints = debug?.breakpoints;
  const pausedLine = debug?.pausedLine ?? null;
  useEffect(() => {
    if (!editor) return;
    dots.current ??= editor.createDecorationsCollection();
    // In the list's order, so getRanges() above reads each breakpoint's line back by its index.
    dots.current.set(
      (breakpoints ?? []).map((b) => ({
        range: new monaco.Range(b.line, 1, b.line, 1),
      options: {
        glyphMarginClassName: b.verified ? "baton-breakpoint" : "baton-breakpoint baton-breakpoint-unverified",
        glyphMarginHoverMessage: { value: b.verified ? describeBreakpoint(b) : `${describeBreakpoint(b)} (not set: ${b.message ?? "PowerShell could not place it"})` },
          // A line break typed at the start of the line pushes the dot down with its code.
          stickiness: monaco.editor.TrackedRangeStickiness.GrowsOnlyWhenTypingAfter,
        },
      })),
    );
  }, [editor, breakpoints]);

  useEffect(() => {
    if (!editor) return;
    lineMark.current ??= editor.createDecorationsCollection();
    lineMark.current.set(
      pausedLine === null
        ? []
        : [
            {
              range: new monaco.Range(pausedLine, 1, pausedLine, 1),
              options: { isWholeLine: true, className: "baton-debug-line", linesDecorationsClassName: "baton-debug-line-arrow", overviewRuler: { color: "#d97706", position: monaco.editor.OverviewRulerLane.Full } },
            },
          ],
    );
  }, [editor, pausedLine]);

  useEffect(() => {
    if (editor && pausedLine !== null) editor.revealLineInCenterIfOutsideViewport(pausedLine);
  }, [editor, pausedLine]);
}
