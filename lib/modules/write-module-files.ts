import fs from "node:fs";
import path from "node:path";
import type { ModuleArchiveContent } from "./read-module-archive";

/**
 * Writes a module's files to `<parentDir>/<name>/`, the layout PowerShell finds on PSModulePath, and
 * returns the module folder. Paths were checked when the archive was read; each one is still
 * resolved and required to stay inside the folder, and files are created exclusively, so nothing
 * already there (a link, say) is followed or overwritten.
 */
export function writeModuleFiles(parentDir: string, content: ModuleArchiveContent): string {
  const moduleDir = path.join(parentDir, content.name);
  fs.mkdirSync(moduleDir, { recursive: true, mode: 0o755 });
  for (const file of content.files) {
    const target = path.resolve(moduleDir, file.path);
    if (!target.startsWith(moduleDir + path.sep)) throw new Error(`Refusing to write ${file.path} outside ${moduleDir}`);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
    fs.writeFileSync(target, file.data, { flag: "wx", mode: 0o644 });
  }
  return moduleDir;
}
