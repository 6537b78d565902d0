import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compareVersions } from "./compare-versions";
import { parseNetCoreMajors, choosePowershellVersions } from "./dotnet-runtimes";
import { locatePwsh, machineEnv } from "./locate-pwsh";
import { measurePwshColdStart } from "./measure-cold-start";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const skipPwsh = process.env.BATON_TEST_SKIP_PWSH === "1";
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fake `--tool-path` folder with empty pwsh.dll files for the given versions. */
function fakeToolPath(versions: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "baton-locate-"));
  scratch.push(root);
  const toolPath = path.join(root, ".tools", "pwsh");
  for (const v of versions) {
    const dir = path.join(toolPath, ".store", "powershell", v, "powershell", v, "tools", "net10.0", "any", "unix");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "pwsh.dll"), "");
  }
  return root;
}

describe("locatePwsh", () => {
  it("picks the highest version in the project's tool store and runs its dll with dotnet", () => {
    const root = fakeToolPath(["7.5.4", "7.10.0", "7.6.9"]);
    const found = locatePwsh({ projectRoot: root, env: machineEnv() });
    expect(found).toMatchObject({ source: "project", version: "7.10.0" });
    expect(found?.args).toEqual([path.join(root, ".tools/pwsh/.store/powershell/7.10.0/powershell/7.10.0/tools/net10.0/any/unix/pwsh.dll")]);
    expect(path.basename(found?.command ?? "")).toBe("dotnet");
    expect(found?.env).toEqual({ PATH: process.env.PATH, ...(process.env.DOTNET_ROOT ? { DOTNET_ROOT: process.env.DOTNET_ROOT } : {}) });
  });

  it("prefers BATON_PWSH and fails loudly when it points nowhere", () => {
    const root = fakeToolPath(["7.6.9"]);
    const dll = path.join(root, ".tools/pwsh/.store/powershell/7.6.9/powershell/7.6.9/tools/net10.0/any/unix/pwsh.dll");
    expect(locatePwsh({ projectRoot: "/nonexistent", configured: dll, env: machineEnv() })).toMatchObject({ source: "env", args: [dll], version: "7.6.9" });
    expect(() => locatePwsh({ projectRoot: root, configured: "/no/such/pwsh", env: machineEnv() })).toThrow(/BATON_PWSH points to \/no\/such\/pwsh/);
  });

  it("resolves a dotnet-tool shim on PATH to its pwsh.dll", () => {
    const root = fakeToolPath(["7.6.9"]);
    const shim = path.join(root, ".tools/pwsh/pwsh");
    fs.writeFileSync(shim, "#!/bin/sh\n", { mode: 0o755 });
    const found = locatePwsh({ projectRoot: "/nonexistent", env: { PATH: `${path.dirname(shim)}${path.delimiter}${process.env.PATH}` } });
    expect(found).toMatchObject({ source: "path", version: "7.6.9", path: expect.stringMatching(/unix\/pwsh\.dll$/) });
  });

  it("returns undefined when there is no PowerShell anywhere", () => {
    expect(locatePwsh({ projectRoot: "/nonexistent", env: { PATH: "/nonexistent-bin" } })).toBeUndefined();
  });
});

describe("version choice", () => {
  it("orders versions numerically with prereleases first", () => {
    expect(["7.10.0", "7.6.9", "7.6.10", "7.6.10-rc.1"].sort(compareVersions)).toEqual(["7.6.9", "7.6.10-rc.1", "7.6.10", "7.10.0"]);
  });

  it("matches the PowerShell line to the newest supported .NET runtime", () => {
    const listing = "Microsoft.AspNetCore.App 10.0.12 [/x]\nMicrosoft.NETCore.App 8.0.20 [/x]\nMicrosoft.NETCore.App 10.0.12 [/x]\n";
    expect(parseNetCoreMajors(listing)).toEqual([10, 8]);
    expect(choosePowershellVersions([10, 8])).toMatchObject({ runtime: 10, floating: "7.6.*" });
    expect(choosePowershellVersions([11, 9])).toMatchObject({ runtime: 9, floating: "7.5.*" });
    expect(choosePowershellVersions([6])).toBeUndefined();
  });
});

describe.skipIf(skipPwsh)("real pwsh", () => {
  it("is found in this project and starts", async () => {
    const pwsh = locatePwsh({ projectRoot, configured: process.env.BATON_PWSH });
    if (!pwsh) throw new Error("pwsh not found (BATON_PWSH, .tools/pwsh, PATH): run npx tsx scripts/setup-pwsh.ts, or set BATON_TEST_SKIP_PWSH=1");
    const [ms] = await measurePwshColdStart(pwsh);
    console.log(`pwsh ${pwsh.version} cold start: ${ms} ms`);
    expect(ms).toBeGreaterThan(0);
  });
});
