// `npx tsx scripts/setup-pwsh.ts`: finds PowerShell, installs the .NET tool into .tools/pwsh when none is
// found, and prints the command the worker will use and its measured cold start.
import path from "node:path";
import { getEnv } from "@/lib/env";
import { installPwsh } from "@/lib/pwsh/install-pwsh";
import { locatePwsh, whichSync } from "@/lib/pwsh/locate-pwsh";
import { measurePwshColdStart } from "@/lib/pwsh/measure-cold-start";
import { runCli } from "./cli";

runCli(async () => {
  const projectRoot = path.resolve(import.meta.dirname, "..");
  // PATH and DOTNET_ROOT belong to the machine, not to Baton's settings, so they are not in getEnv().
  const env = { BATON_PWSH: getEnv().BATON_PWSH, PATH: process.env.PATH, DOTNET_ROOT: process.env.DOTNET_ROOT };
  let pwsh = locatePwsh({ projectRoot, env });
  if (!pwsh) {
    const dotnet = (env.DOTNET_ROOT && path.join(env.DOTNET_ROOT, "dotnet")) || whichSync("dotnet", env.PATH);
    if (!dotnet) throw new Error("PowerShell was not found and there is no dotnet to install it with: install the .NET SDK 8, 9 or 10, or set BATON_PWSH.");
    const installed = await installPwsh({ projectRoot, dotnet, log: (line) => console.log(line) });
    console.log(`Installed PowerShell ${installed.version}: ${installed.dll}`);
    pwsh = locatePwsh({ projectRoot, env });
    if (!pwsh) throw new Error(`PowerShell was installed but cannot be located under ${projectRoot}/.tools/pwsh.`);
  }
  console.log(`PowerShell ${pwsh.version ?? "(version unknown)"} from ${pwsh.source}: ${[pwsh.command, ...pwsh.args].join(" ")}`);
  console.log(`Cold start: ${await measurePwshColdStart(pwsh)} ms`);
});
