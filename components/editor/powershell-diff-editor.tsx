"use client";

import { DiffEditor, loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { useLayoutEffect, useRef } from "react";
import { batonEditorTheme, defineBatonEditorTheme } from "./baton-editor-theme";

// As in powershell-editor.tsx: Monaco and its worker come from our bundle, never from a CDN.
self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module" }),
};
loader.config({ monaco });

export interface PowerShellDiffEditorProps {
  original: string;
  modified: string;
  originalLabel: string;
  modifiedLabel: string;
  height?: string;
}

/** Read-only side-by-side diff of two scripts: original on the left, modified on the right. */
export default function PowerShellDiffEditor({ original, modified, originalLabel, modifiedLabel, height = "60vh" }: PowerShellDiffEditorProps) {
  // Screen readers announce each side by the same label sighted users see above it.
  const ariaLabels = { originalAriaLabel: `${originalLabel} (read-only)`, modifiedAriaLabel: `${modifiedLabel} (read-only)` };
  // @monaco-editor/react disposes the two text models before the diff widget that still shows them,
  // and Monaco reports "TextModel got disposed before DiffEditorWidget model got reset". So the
  // models are kept from it and released here: the widget lets go of them first. A layout effect's
  // cleanup runs before the library's own (passive) one, while the widget is still alive.
  const mounted = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  useLayoutEffect(
    () => () => {
      const editor = mounted.current;
      const models = editor?.getModel();
      editor?.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
    },
    [],
  );
  return (
    <div>
      <div className="grid grid-cols-2 border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600">
        <span className="px-3 py-1.5">{originalLabel}</span>
        <span className="border-l border-slate-200 px-3 py-1.5">{modifiedLabel}</span>
      </div>
      <DiffEditor
        height={height}
        language="powershell"
        theme={batonEditorTheme}
        beforeMount={defineBatonEditorTheme}
        original={original}
        modified={modified}
        loading={<span className="p-4 text-sm text-slate-500">Loading diff…</span>}
        // Monaco's diff editor blanks both sides' labels in its first option sync after creation (it
        // passes no changed options), so they are set on the two inner editors once it is mounted.
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={(editor) => {
          mounted.current = editor;
          editor.getOriginalEditor().updateOptions({ ariaLabel: ariaLabels.originalAriaLabel });
          editor.getModifiedEditor().updateOptions({ ariaLabel: ariaLabels.modifiedAriaLabel });
        }}
        options={{
          readOnly: true,
          originalEditable: false,
          ...ariaLabels,
          renderSideBySide: true,
          // Keep two columns even in a narrow window; the point is comparing side by side.
          useInlineViewWhenSpaceIsLimited: false,
          fontSize: 13,
          fontFamily: 'ui-monospace, SFMono-Regular, "Cascadia Mono", Menlo, Consolas, "Liberation Mono", monospace',
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          automaticLayout: true,
        }}
      />
    </div>
  );
}
