"use client";

import Editor, { loader, type OnMount } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { useEffect, useRef, useState, type RefObject } from "react";
import type { ScriptParseError } from "@/lib/pwsh/parse-result";
import { registerAutomationCompletion, type AssetNameSource } from "./automation-completion";
import { batonEditorTheme, defineBatonEditorTheme } from "./baton-editor-theme";
import { useDebugDecorations, type EditorDebugProps } from "@/components/debugger/use-debug-decorations";

// Loaded only in the browser (see lazy-powershell-editor.tsx): Monaco comes from the npm package and
// its worker from our bundle, so the editor works offline and never fetches from a CDN.
self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module" }),
};
loader.config({ monaco });

export interface PowerShellEditorProps {
  /**
   * The initial text. The editor is uncontrolled: pushing every render's value back into Monaco (from an
   * effect that can run after further keystrokes) overwrote fast typing with older text. To replace the
   * text (a discard), remount the editor with a new `key`.
   */
  value: string;
  onChange: (value: string) => void;
  /** Ctrl+S / Cmd+S inside the editor. */
  onSave?: () => void;
  readOnly?: boolean;
  ariaLabel: string;
  height?: string;
  /** PowerShell's parse errors, shown as error markers (squiggles, hover, the overview ruler). */
  errors?: ScriptParseError[];
  /** Filled once Monaco is ready, so the page can move the cursor to an error. */
  handleRef?: RefObject<PowerShellEditorHandle | null>;
  /** Asset names offered after Get-AutomationVariable -Name and its siblings. */
  assetNames?: AssetNameSource;
  /** Breakpoints and the paused line; absent where the person may not debug. */
  debug?: EditorDebugProps;
}

export interface PowerShellEditorHandle {
  revealPosition(line: number, column: number): void;
}

const markerOwner = "pwsh-parser";

export default function PowerShellEditor({ value, onChange, onSave, readOnly = false, ariaLabel, height = "60vh", errors, handleRef, assetNames, debug }: PowerShellEditorProps) {
  // Monaco keeps the command registered at mount; read the latest handler through a ref.
  const saveRef = useRef(onSave);
  useEffect(() => {
    saveRef.current = onSave;
  }, [onSave]);

  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onMount: OnMount = (mounted, m) => {
    mounted.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.KeyS, () => saveRef.current?.());
    setEditor(mounted);
  };

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      markerOwner,
      (errors ?? []).map((e) => ({
        severity: monaco.MarkerSeverity.Error,
        message: e.message,
        source: "PowerShell",
        startLineNumber: e.line,
        startColumn: e.column,
        endLineNumber: e.endLine,
        // PowerShell reports some errors as an empty extent; Monaco needs a character to underline.
        endColumn: e.endLine === e.line && e.endColumn <= e.column ? e.column + 1 : e.endColumn,
      })),
    );
  }, [editor, errors]);

  useDebugDecorations(editor, debug);

  // The provider is registered once per editor and reads the latest names through a ref.
  const assetNamesRef = useRef(assetNames);
  useEffect(() => {
    assetNamesRef.current = assetNames;
  }, [assetNames]);
  useEffect(() => {
    if (!editor) return;
    const registration = registerAutomationCompletion(editor, () => assetNamesRef.current);
    return () => registration.dispose();
  }, [editor]);

  useEffect(() => {
    if (!editor || !handleRef) return;
    handleRef.current = {
      revealPosition(line, column) {
        editor.setPosition({ lineNumber: line, column });
        editor.revealPositionInCenter({ lineNumber: line, column });
        editor.focus();
      },
    };
    return () => {
      handleRef.current = null;
    };
  }, [editor, handleRef]);

  return (
    <Editor
      height={height}
      language="powershell"
      theme={batonEditorTheme}
      beforeMount={defineBatonEditorTheme}
      defaultValue={value}
      onChange={(v) => onChange(v ?? "")}
      onMount={onMount}
      loading={<span className="p-4 text-sm text-slate-500">Loading editor…</span>}
      options={{
        ariaLabel,
        readOnly,
        fontSize: 14,
        fontFamily: 'ui-monospace, SFMono-Regular, "Cascadia Mono", Menlo, Consolas, "Liberation Mono", monospace',
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        tabSize: 4,
        insertSpaces: true,
        renderWhitespace: "selection",
        automaticLayout: true,
        wordWrap: "off",
      }}
    />
  );
}
