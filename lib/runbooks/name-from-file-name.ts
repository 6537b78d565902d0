/**
 * A runbook name suggested by an imported file's name: "Restart App Pool.ps1" → "Restart-App-Pool".
 * Characters a runbook name cannot hold become '-', and the result still goes through
 * runbookNameSchema, so an odd file name gets the schema's message rather than a silent rewrite.
 */
export function runbookNameFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.ps1$/i, "");
  return base
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^[^A-Za-z]+/, "")
    .replace(/-+$/, "")
    .slice(0, 63);
}
