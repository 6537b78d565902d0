import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";
import { inspectModuleProgram } from "./inspect-module-program";
import { moduleInspectionTimeoutMs } from "./module-limits";
import type { ModuleArchiveContent } from "./read-module-archive";
import { writeModuleFiles } from "./write-module-files";

export const moduleCommandSchema = z.object({ name: z.string(), type: z.string() });
export type ModuleCommand = z.infer<typeof moduleCommandSchema>;

const inspectionSchema = z.union([
  z.object({ failure: z.string() }),
  z.object({ version: z.string(), description: z.string(), commands: z.array(moduleCommandSchema) }),
]);

export interface ModuleInspection {
  version: string;
  description: string;
  commands: ModuleCommand[];
}

/**
 * Reads a module's manifest and lists its exported commands in a separate, short-lived pwsh process:
 * its own temp dir as HOME, TMPDIR and working directory, an environment holding nothing of the web
 * service's, its own process group, killed with everything it started after the timeout. Importing
 * runs the module's code, which is why it never happens inside the web service's process.
 */
export async function inspectModule(pwsh: PwshCommand, content: ModuleArchiveContent, timeoutMs = moduleInspectionTimeoutMs): Promise<ModuleInspection> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-module-"));
  try {
    const moduleDir = writeModuleFiles(path.join(dir, "modules"), content);
    const resultFile = path.join(dir, "result.json");
    const exit = await runInspection(pwsh, dir, { BATON_MODULE_MANIFEST: path.join(moduleDir, `${content.name}.psd1`), BATON_INSPECT_RESULT: resultFile }, timeoutMs);
    if (exit.timedOut) throw invalid(`Importing module ${content.name} took longer than ${Math.round(timeoutMs / 1000)} s`);
    let text: string;
    try {
      text = fs.readFileSync(resultFile, "utf8");
    } catch {
      throw invalid(`Importing module ${content.name} ended PowerShell (exit code ${exit.code}) before it finished${exit.stderr ? `: ${exit.stderr}` : ""}`);
    }
    const result = inspectionSchema.parse(JSON.parse(text));
    if ("failure" in result) throw invalid(result.failure);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface InspectionExit {
  code: number | null;
  timedOut: boolean;
  stderr: string;
}

function runInspection(pwsh: PwshCommand, dir: string, vars: Record<string, string>, timeoutMs: number): Promise<InspectionExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(pwsh.command, [...pwsh.args, "-NoProfile", "-NonInteractive", "-NoLogo", "-Command", inspectModuleProgram], {
      cwd: dir,
      // Next's type augmentation makes NODE_ENV required in ProcessEnv; pwsh gets only what it needs.
      env: { ...pwsh.env, ...vars, HOME: dir, TMPDIR: dir, POWERSHELL_TELEMETRY_OPTOUT: "1", POWERSHELL_UPDATECHECK: "Off", DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" } as Record<string, string> as NodeJS.ProcessEnv,
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    let stderr = "";
    let timedOut = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-2000);
    });
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new AppError("unavailable", `PowerShell could not be started to inspect the module: ${error.message}`));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      // Whatever the module started in the background must not outlive the inspection.
      killGroup();
      resolve({ code, timedOut, stderr: stderr.trim() });
    });
  });
}

function invalid(message: string): AppError {
  return new AppError("validation_failed", message, { field: "archive" });
}
