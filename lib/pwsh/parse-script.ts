import type { ScriptParseResult } from "./parse-result";
import { sharedScriptHelper } from "./shared-script-helper";

/**
 * Parses a script with PowerShell's own parser (errors with positions, and the param() block) through
 * the process's shared helper. Throws `unavailable` when there is no PowerShell to ask.
 */
export async function parseScript(script: string): Promise<ScriptParseResult> {
  return sharedScriptHelper().parse(script);
}

/** The first parse error as "line:column message", for refusals that name it. */
export function describeParseError(result: ScriptParseResult): string | null {
  const first = result.errors[0];
  return first ? `line ${first.line}:${first.column}: ${first.message}` : null;
}
