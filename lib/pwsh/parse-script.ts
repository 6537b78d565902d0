import type { ScriptParseResult } from "./parse-result";
import { ScriptParser } from "./script-parser";
import { webServicePwsh } from "./web-service-pwsh";

let shared: ScriptParser | undefined;

/**
 * Parses a script with PowerShell's own parser (errors with positions, and the param() block) through
 * the process's shared helper. Throws `unavailable` when there is no PowerShell to ask.
 */
export async function parseScript(script: string): Promise<ScriptParseResult> {
  shared ??= new ScriptParser(webServicePwsh("scripts cannot be checked"));
  return shared.parse(script);
}

/** The first parse error as "line:column message", for refusals that name it. */
export function describeParseError(result: ScriptParseResult): string | null {
  const first = result.errors[0];
  return first ? `line ${first.line}:${first.column}: ${first.message}` : null;
}
