import { AppError } from "@/lib/errors";
import { readZipEntries, type ReadZipOptions, type ZipFileEntry } from "./read-zip-entries";

/** A module's files as they belong in `<PSModulePath entry>/<name>/`. */
export interface ModuleArchiveContent {
  /** The manifest's base name, which PowerShell requires the module folder to carry. */
  name: string;
  /** Paths relative to the module folder; the manifest is `<name>.psd1`. */
  files: ZipFileEntry[];
}

/** PowerShell module names as Baton accepts them: also a safe folder name on every platform. */
export const moduleNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Reads a module archive. Two layouts are accepted: the module folder at the root
 * (`MyMod/MyMod.psd1`, as Compress-Archive makes from a folder) or the folder's content at the root
 * (`MyMod.psd1`). The module's name is its manifest's base name.
 */
export function readModuleArchive(archive: Uint8Array, options?: ReadZipOptions): ModuleArchiveContent {
  const entries = readZipEntries(archive, options);
  if (entries.length === 0) throw invalid("The archive is empty");
  const topFolders = new Set(entries.map((e) => (e.path.includes("/") ? e.path.split("/")[0]! : "")));
  const [onlyTop] = topFolders;
  const folder = topFolders.size === 1 && onlyTop ? onlyTop : null;
  const files = folder ? entries.map((e) => ({ path: e.path.slice(folder.length + 1), data: e.data })) : entries;

  const manifests = files.filter((f) => !f.path.includes("/") && f.path.toLowerCase().endsWith(".psd1"));
  const manifest =
    manifests.length === 1 ? manifests[0]! : manifests.find((m) => folder !== null && baseName(m.path).toLowerCase() === folder.toLowerCase());
  if (!manifest) {
    throw invalid(
      manifests.length === 0
        ? "No module manifest (.psd1) found at the root of the archive or of its one top folder"
        : `The archive holds several manifests (${manifests.map((m) => m.path).join(", ")}); keep the one named after the module`,
    );
  }
  const name = baseName(manifest.path);
  if (!moduleNamePattern.test(name)) {
    throw invalid(`Module name '${name}' (from ${manifest.path}) must start with a letter or digit and use only letters, digits, '.', '_' and '-' (at most 128)`);
  }
  return { name, files };
}

function baseName(file: string): string {
  return file.slice(0, -".psd1".length);
}

function invalid(message: string): AppError {
  return new AppError("validation_failed", message, { field: "archive" });
}
