import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { locatePwsh } from "./locate-pwsh";
import type { PwshCommand } from "./pwsh-command";

let found: PwshCommand | undefined;

/**
 * The PowerShell the web service itself runs (to parse scripts, to inspect modules). The web service
 * runs from the project root, whose `.tools/pwsh` is found unless BATON_PWSH says otherwise. Throws
 * `unavailable`, saying what cannot be done without it, when there is none.
 */
export function webServicePwsh(needFor: string): PwshCommand {
  found ??= locatePwsh({ projectRoot: process.cwd(), configured: getEnv().BATON_PWSH });
  if (!found) throw new AppError("unavailable", `PowerShell was not found on the web server, so ${needFor}: run npm run setup:pwsh or set BATON_PWSH`);
  return found;
}
