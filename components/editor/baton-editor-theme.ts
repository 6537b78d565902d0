import type * as monaco from "monaco-editor";

export const batonEditorTheme = "baton-light";

/**
 * Monaco's "vs" with every PowerShell token colour at 4.5:1 (WCAG AA) or better on white and on the
 * diff editor's tints, where a changed word sits on both its line's tint and its own: vs's comment
 * (#008000) and number (#098658) greens and its diff reds (#ff000033 twice: a string at 4.1:1) fail
 * there. Worst cases with these values: comment 4.8:1, number 4.7:1, string 5.6:1 on removed text.
 */
const theme: monaco.editor.IStandaloneThemeData = {
  base: "vs",
  inherit: true,
  rules: [
    { token: "comment", foreground: "006b00" },
    { token: "number", foreground: "076b45" },
  ],
  colors: {
    "diffEditor.removedLineBackground": "#ff000012",
    "diffEditor.removedTextBackground": "#ff000021",
    "diffEditor.insertedLineBackground": "#9bb9551a",
    "diffEditor.insertedTextBackground": "#9ccc2c33",
  },
};

/** Defines the theme on this page's Monaco; defining it again (a second editor) replaces it with itself. */
export function defineBatonEditorTheme(editorApi: typeof monaco): void {
  editorApi.editor.defineTheme(batonEditorTheme, theme);
}
