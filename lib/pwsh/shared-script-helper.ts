import path from "node:path";
import { getEnv } from "@/lib/env";
import type { PwshCommand } from "./pwsh-command";
import { ScriptHelper } from "./script-helper";
import { webServicePwsh } from "./web-service-pwsh";

export interface ScriptHelperSetup {
  pwsh: PwshCommand;
  projectRoot: string;
  assemblyCache?: string;
}

let setup: ScriptHelperSetup | undefined;
let shared: ScriptHelper | undefined;

/**
 * Names the PowerShell of a process that is not the web service: a worker's scheduler starts jobs,
 * and their parameters are checked by the same helper program, in the worker's own process.
 */
export function configureScriptHelper(worker: ScriptHelperSetup): void {
  shared?.close();
  shared = undefined;
  setup = worker;
}

/**
 * The process's one long-lived PowerShell helper (parse, parameter checks). The web service runs from
 * the project root and finds PowerShell as webServicePwsh does; its compiled C# is cached under the
 * data directory.
 */
export function sharedScriptHelper(): ScriptHelper {
  shared ??= new ScriptHelper(
    setup ?? { pwsh: webServicePwsh("scripts cannot be checked"), projectRoot: process.cwd(), assemblyCache: path.join(getEnv().dataDir, "pwsh-cache") },
  );
  return shared;
}
