import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { locatePwsh } from "./locate-pwsh";
import type { ScriptParseResult } from "./parse-result";
import { ScriptParser } from "./script-parser";

let shared: ScriptParser | undefined;

/**
 * Parses a script with PowerShell's own parser (errors with positions, and the param() block) through
 * the process's shared helper. The web service runs from the project root, whose `.tools/pwsh` is
 * found unless BATON_PWSH says otherwise. Throws `unavailable` when there is no PowerShell to ask.
 */
export async function parseScript(script: string): Promise<ScriptParseResult> {
  if (!shared) {
    const pwsh = locatePwsh({ projectRoot: process.cwd(), configured: getEnv().BATON_PWSH });
    if (!pwsh) throw new AppError("unavailable", "PowerShell was not found on the web server, so scripts cannot be checked: run npm run setup:pwsh or set BATON_PWSH");
    shared = new ScriptParser(pwsh);
  }
  return shared.parse(script);
}

/** The first parse error as "line:column message", for refusals that name it. */
export function describeParseError(result: ScriptParseResult): string | null {
  const first = result.errors[0];
  return first ? `line ${first.line}:${first.column}: ${first.message}` : null;
}
