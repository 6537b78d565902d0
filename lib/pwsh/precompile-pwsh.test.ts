import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { skipPwsh, testPwsh } from "@/lib/testing/test-pwsh";
import { precompilePwsh } from "./precompile-pwsh";
import { hasReadyToRunCode } from "./testing/ready-to-run";

const pwsh = skipPwsh ? undefined : testPwsh();

describe.runIf(pwsh?.source === "project")("PowerShell compiled ahead of time", () => {
  const pwshDir = path.dirname(pwsh!.path);

  it("is how npm run setup:pwsh leaves the project's copy: its hot assemblies carry native code", () => {
    const stamp = JSON.parse(fs.readFileSync(path.join(pwshDir, ".baton-ready-to-run.json"), "utf8")) as { assemblies: string[] };
    expect(stamp.assemblies).toEqual(expect.arrayContaining(["pwsh", "System.Management.Automation", "Microsoft.PowerShell.Commands.Utility"]));
    for (const name of stamp.assemblies) expect(hasReadyToRunCode(path.join(pwshDir, `${name}.dll`)), name).toBe(true);
    // What was left alone is still as the .NET tool shipped it: IL only.
    expect(hasReadyToRunCode(path.join(pwshDir, "Microsoft.CodeAnalysis.dll"))).toBe(false);
  });

  it("does the work once per runtime: a second run compiles nothing", async () => {
    const lines: string[] = [];
    await expect(precompilePwsh({ dotnet: pwsh!.command, pwshDir, log: (l) => lines.push(l) })).resolves.toBe(false);
    expect(lines).toEqual([]);
  });
});
