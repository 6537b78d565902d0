import fs from "node:fs";
import path from "node:path";
import { compareVersions } from "./compare-versions";

export interface ToolDll {
  dll: string;
  version: string;
}

/**
 * Finds the real pwsh.dll inside a `dotnet tool install --tool-path` folder
 * (`.store/powershell/<v>/powershell/<v>/tools/<tfm>/any/unix/pwsh.dll`), highest version first.
 * The folder's `pwsh` is a shim that starts a second .NET process and does not forward signals.
 */
export function findToolDll(toolPath: string): ToolDll | undefined {
  const store = path.join(toolPath, ".store", "powershell");
  const versions = readDirSafe(store).sort(compareVersions).reverse();
  for (const version of versions) {
    const tools = path.join(store, version, "powershell", version, "tools");
    for (const tfm of readDirSafe(tools).sort().reverse()) {
      const dll = path.join(tools, tfm, "any", "unix", "pwsh.dll");
      if (fs.existsSync(dll)) return { dll, version };
    }
  }
  return undefined;
}

function readDirSafe(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
