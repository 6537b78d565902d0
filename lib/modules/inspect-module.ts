import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { prepareWorkDir, spawnIsolated } from "@/lib/pwsh/isolated-spawn";
import type { JobIsolation } from "@/lib/pwsh/job-isolation";
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

/** The PowerShell that inspects modules and how it is isolated: as the workers run jobs. */
export interface ModuleInspector {
  pwsh: PwshCommand;
  isolation: JobIsolation;
}

/** Longest text from the module (its error, PowerShell's stderr) a 422 repeats. */
export const maxModuleErrorChars = 2048;

/**
 * Reads a module's manifest and lists its exported commands in a separate, short-lived pwsh process,
 * isolated as a job is (lib/pwsh/job-isolation.ts): in the sandbox it sees neither the web service's
 * process nor its data, as the job user it cannot read the web service's environment, and its
 * environment holds nothing of the web service's. Its own temp dir is HOME, TMPDIR and working
 * directory; its process group is killed with everything it started after the timeout. Importing
 * runs the module's code, which is why it never happens inside the web service's process. What the
 * module says comes back bounded, since the uploader chooses it.
 */
export async function inspectModule(inspector: ModuleInspector, content: ModuleArchiveContent, timeoutMs = moduleInspectionTimeoutMs): Promise<ModuleInspection> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-module-"));
  try {
    const moduleDir = writeModuleFiles(path.join(dir, "modules"), content);
    prepareWorkDir(inspector.isolation, dir);
    const resultFile = path.join(dir, "result.json");
    const exit = await runInspection(inspector, dir, { BATON_MODULE_MANIFEST: path.join(moduleDir, `${content.name}.psd1`), BATON_INSPECT_RESULT: resultFile }, timeoutMs);
    if (exit.timedOut) throw invalid(`Importing module ${content.name} took longer than ${Math.round(timeoutMs / 1000)} s`);
    let text: string;
    try {
      text = fs.readFileSync(resultFile, "utf8");
    } catch {
      throw invalid(`Importing module ${content.name} ended PowerShell (exit code ${exit.code}) before it finished${exit.stderr ? `: ${bounded(exit.stderr)}` : ""}`);
    }
    const result = inspectionSchema.parse(JSON.parse(text));
    if ("failure" in result) throw invalid(bounded(result.failure));
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function bounded(text: string): string {
  return text.length <= maxModuleErrorChars ? text : `${text.slice(0, maxModuleErrorChars)}… (${text.length - maxModuleErrorChars} more characters not shown)`;
}

interface InspectionExit {
  code: number | null;
  timedOut: boolean;
  stderr: string;
}

function runInspection({ pwsh, isolation }: ModuleInspector, dir: string, vars: Record<string, string>, timeoutMs: number): Promise<InspectionExit> {
  return new Promise((resolve, reject) => {
    const child = spawnIsolated(isolation, pwsh, ["-NoProfile", "-NonInteractive", "-NoLogo", "-Command", inspectModuleProgram], {
      workDir: dir,
      readOnlyPaths: [],
      env: { ...pwsh.env, ...vars, HOME: dir, TMPDIR: dir, POWERSHELL_TELEMETRY_OPTOUT: "1", POWERSHELL_UPDATECHECK: "Off", DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let timedOut = false;
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-maxModuleErrorChars - 1);
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
