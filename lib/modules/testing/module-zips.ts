import { strToU8, zipSync, type Zippable } from "fflate";

/** A module whose Get-Greeting returns "<greeting> from <name> <version>". */
export function greetingModuleFiles(name: string, version: string, greeting = "Hello"): Record<string, string> {
  return {
    [`${name}.psd1`]: `@{\n  RootModule = '${name}.psm1'\n  ModuleVersion = '${version}'\n  GUID = '6f1c1e1e-2b51-4a44-9d3b-${version.replace(/\D/g, "").padEnd(12, "0").slice(0, 12)}'\n  Description = 'Greets people'\n  FunctionsToExport = @('Get-Greeting', 'Set-Greeting')\n}\n`,
    [`${name}.psm1`]: `function Get-Greeting { param([string] $Name = 'World') "${greeting} $Name from ${name} ${version}" }\nfunction Set-Greeting { param([string] $Text) $Text }\nfunction Hidden-Helper { 'not exported' }\n`,
  };
}

/** Zips files; `folder` puts them under one top folder, as Compress-Archive does with a folder. */
export function zipFiles(files: Record<string, string | Uint8Array>, folder?: string): Uint8Array {
  const tree: Zippable = {};
  for (const [name, content] of Object.entries(files)) tree[folder ? `${folder}/${name}` : name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(tree);
}

/** The greeting module as a .zip whose root is the module folder. */
export function greetingModuleZip(name: string, version: string, greeting?: string): Uint8Array {
  return zipFiles(greetingModuleFiles(name, version, greeting), name);
}
