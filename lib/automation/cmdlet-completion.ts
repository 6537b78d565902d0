/** Asset kinds a runbook reads by name through the Azure Automation cmdlets. */
export type AssetKind = "variable" | "credential" | "connection" | "certificate";

/** The cmdlets Baton loads into every job (lib/automation/README.md), offered as completions. */
export const automationCmdlets = [
  "Get-AutomationVariable",
  "Set-AutomationVariable",
  "Get-AutomationPSCredential",
  "Get-AutomationConnection",
  "Get-AutomationCertificate",
  "Start-AutomationRunbook",
  "Wait-AutomationJob",
  "Set-AutomationCheckpoint",
  "Get-AutomationCheckpoint",
] as const;

const assetOfCmdlet: Record<string, AssetKind> = {
  "get-automationvariable": "variable",
  "set-automationvariable": "variable",
  "get-automationpscredential": "credential",
  "get-automationconnection": "connection",
  "get-automationcertificate": "certificate",
};

export type CompletionContext =
  /** The cursor is in an asset name argument; `quote` is the quote already typed, if any. */
  | { kind: "asset"; asset: AssetKind; quote: "'" | '"' | null }
  | { kind: "cmdlet" };

/**
 * What to offer at the cursor, given the line's text before it: asset names after
 * `Get-AutomationVariable -Name ` (or positionally, `Get-AutomationVariable `), or cmdlet names while a
 * word that could start one is typed. PowerShell matches cmdlet and parameter names ignoring case.
 */
export function completionContextAt(lineBeforeCursor: string): CompletionContext | null {
  const asset = /\b((?:Get|Set)-Automation(?:Variable|PSCredential|Connection|Certificate))\s+(?:-Name\s*:?\s*)?(['"]?)[\w.-]*$/i.exec(lineBeforeCursor);
  if (asset) {
    const kind = assetOfCmdlet[asset[1]!.toLowerCase()];
    if (kind) return { kind: "asset", asset: kind, quote: (asset[2] || null) as "'" | '"' | null };
  }
  if (/(?:^|[\s(;|{=])[A-Za-z][\w-]*$/.test(lineBeforeCursor)) return { kind: "cmdlet" };
  return null;
}

/** The text to insert for an asset name: quoted unless the user already opened a quote (names may hold spaces). */
export function assetNameInsertText(name: string, quote: "'" | '"' | null): string {
  if (quote) return name;
  return `'${name.replace(/'/g, "''")}'`;
}
