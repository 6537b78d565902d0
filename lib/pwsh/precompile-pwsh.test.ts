import path from "node:path";
import { describe, expect, it } from "vitest";
import { skipPwsh, testPwsh } from "@/lib/testing/test-pwsh";
import { hotAssemblies, precompilePwsh } from "./precompile-pwsh";
import { hasReadyToRunCode } from "./ready-to-run-image";

const pwsh = skipPwsh ? undefined : testPwsh();

describe.runIf(pwsh?.source === "project")("PowerShell compiled ahead of time", () => {
  const pwshDir = path.dirname(pwsh!.path);

  it("is how npm run setup:pwsh leaves the project's copy: its hot assemblies carry native code", () => {
    expect(hotAssemblies).toEqual(expect.arrayContaining(["pwsh", "System.Management.Automation", "Microsoft.PowerShell.Commands.Utility", "Microsoft.CodeAnalysis.CSharp"]));
    for (const name of hotAssemblies) expect(hasReadyToRunCode(path.join(pwshDir, `${name}.dll`)), name).toBe(true);
    // What was left alone is still as the .NET tool shipped it: IL only.
    expect(hasReadyToRunCode(path.join(pwshDir, "Humanizer.dll"))).toBe(false);
  });

  it("does the work once: a second run finds native code everywhere and compiles nothing", async () => {
    const lines: string[] = [];
    await expect(precompilePwsh({ dotnet: pwsh!.command, pwshDir, log: (l) => lines.push(l) })).resolves.toEqual([]);
    expect(lines).toEqual([]);
  });
});
