import * as monaco from "monaco-editor";
import { assetNameInsertText, automationCmdlets, completionContextAt, type AssetKind } from "@/lib/automation/cmdlet-completion";

export type AssetNameSource = Record<AssetKind, string[]>;

const assetLabel: Record<AssetKind, string> = { variable: "Variable", credential: "Credential", connection: "Connection", certificate: "Certificate" };

/**
 * Completes the Azure Automation cmdlet names and, in their -Name argument, the names of existing
 * assets. Monaco's providers are per language, so this one answers only for its own editor's model.
 */
export function registerAutomationCompletion(editor: monaco.editor.IStandaloneCodeEditor, names: () => AssetNameSource | undefined): monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider("powershell", {
    triggerCharacters: [" ", "'", '"', "-"],
    provideCompletionItems(model, position) {
      if (model !== editor.getModel()) return { suggestions: [] };
      const before = model.getValueInRange({ startLineNumber: position.lineNumber, startColumn: 1, endLineNumber: position.lineNumber, endColumn: position.column });
      const context = completionContextAt(before);
      if (!context) return { suggestions: [] };
      // Replace the partial word being typed, including any '-' of a cmdlet name.
      const partial = /[\w-]*$/.exec(before)?.[0] ?? "";
      const range = new monaco.Range(position.lineNumber, position.column - partial.length, position.lineNumber, position.column);
      if (context.kind === "cmdlet") {
        return {
          suggestions: automationCmdlets.map((cmdlet) => ({ label: cmdlet, kind: monaco.languages.CompletionItemKind.Function, insertText: cmdlet, detail: "Azure Automation cmdlet", range })),
        };
      }
      const available = names()?.[context.asset] ?? [];
      return {
        suggestions: available.map((name) => ({
          label: name,
          kind: monaco.languages.CompletionItemKind.Value,
          insertText: assetNameInsertText(name, context.quote),
          detail: `${assetLabel[context.asset]} asset`,
          range,
        })),
      };
    },
  });
}
