import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { resolveJobIsolation, type JobIsolation } from "./job-isolation";
import { locatePwsh } from "./locate-pwsh";
import type { PwshCommand } from "./pwsh-command";

let found: PwshCommand | undefined;
let isolation: JobIsolation | undefined;

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

/**
 * How the web service isolates code it runs on behalf of a user (an uploaded module's import): as the
 * workers isolate jobs, from the same BATON_JOB_* settings. Throws `unavailable` when that isolation
 * cannot work here, rather than running the code with less.
 */
export function webServiceJobIsolation(needFor: string): JobIsolation {
  try {
    isolation ??= resolveJobIsolation(getEnv());
  } catch (error) {
    throw new AppError("unavailable", `${(error as Error).message}, so ${needFor}`);
  }
  return isolation;
}
