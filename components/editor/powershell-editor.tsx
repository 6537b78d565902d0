"use client";

import Editor, { loader, type OnMount } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { useEffect, useRef } from "react";

// Loaded only in the browser (see lazy-powershell-editor.tsx): Monaco comes from the npm package and
// its worker from our bundle, so the editor works offline and never fetches from a CDN.
self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module" }),
};
loader.config({ monaco });

export interface PowerShellEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl+S / Cmd+S inside the editor. */
  onSave?: () => void;
  readOnly?: boolean;
  ariaLabel: string;
  height?: string;
}

export default function PowerShellEditor({ value, onChange, onSave, readOnly = false, ariaLabel, height = "60vh" }: PowerShellEditorProps) {
  // Monaco keeps the command registered at mount; read the latest handler through a ref.
  const saveRef = useRef(onSave);
  useEffect(() => {
    saveRef.current = onSave;
  }, [onSave]);

  const onMount: OnMount = (editor, m) => {
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.KeyS, () => saveRef.current?.());
  };

  return (
    <Editor
      height={height}
      language="powershell"
      theme="vs"
      value={value}
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
