"use client";

import * as monaco from "monaco-editor";
import { useEffect, useRef } from "react";
import { describeBreakpoint, type ShownBreakpoint } from "./breakpoint-edits";

/** What the editor shows and takes for the debugger. */
export interface EditorDebugProps {
  breakpoints: ShownBreakpoint[];
  /** Clicking the glyph margin, or F9 on the cursor's line. */
  onToggleBreakpoint: (line: number) => void;
  /** The runbook line the script is paused on (or the chosen frame's), null while it runs. */
  pausedLine: number | null;
}

/**
 * Breakpoint dots in the glyph margin and the paused line's highlight. The glyph margin is a mouse
 * target only, so F9 (VS Code's key) toggles a breakpoint on the cursor's line for keyboard users.
 */
export function useDebugDecorations(editor: monaco.editor.IStandaloneCodeEditor | null, debug: EditorDebugProps | undefined): void {
  const toggleRef = useRef(debug?.onToggleBreakpoint);
  useEffect(() => {
    toggleRef.current = debug?.onToggleBreakpoint;
  }, [debug?.onToggleBreakpoint]);
  const enabled = debug !== undefined;

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
    return () => {
      mouse.dispose();
      action.dispose();
    };
  }, [editor, enabled]);

  const collection = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const breakpoints = debug?.breakpoints;
  const pausedLine = debug?.pausedLine ?? null;
  useEffect(() => {
    if (!editor) return;
    collection.current ??= editor.createDecorationsCollection();
    const decorations: monaco.editor.IModelDeltaDecoration[] = (breakpoints ?? []).map((b) => ({
      range: new monaco.Range(b.line, 1, b.line, 1),
      options: {
        glyphMarginClassName: b.verified ? "baton-breakpoint" : "baton-breakpoint baton-breakpoint-unverified",
        glyphMarginHoverMessage: { value: b.verified ? describeBreakpoint(b) : `${describeBreakpoint(b)} (not set: ${b.message ?? "PowerShell could not place it"})` },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    }));
    if (pausedLine !== null) {
      decorations.push({
        range: new monaco.Range(pausedLine, 1, pausedLine, 1),
        options: { isWholeLine: true, className: "baton-debug-line", linesDecorationsClassName: "baton-debug-line-arrow", overviewRuler: { color: "#d97706", position: monaco.editor.OverviewRulerLane.Full } },
      });
    }
    collection.current.set(decorations);
  }, [editor, breakpoints, pausedLine]);

  useEffect(() => {
    if (editor && pausedLine !== null) editor.revealLineInCenterIfOutsideViewport(pausedLine);
  }, [editor, pausedLine]);
}
