// `npx tsx scripts/setup-pwsh.ts`: finds PowerShell, installs the .NET tool into .tools/pwsh when none is
// found, and prints the command the worker will use and its measured cold start.
import path from "node:path";
import { getEnv } from "@/lib/env";
import { ensurePwsh } from "@/lib/pwsh/ensure-pwsh";
import { measurePwshColdStart } from "@/lib/pwsh/measure-cold-start";
import { runCli } from "./cli";

runCli(async () => {
  const projectRoot = path.resolve(import.meta.dirname, "..");
  const pwsh = await ensurePwsh({ projectRoot, configured: getEnv().BATON_PWSH, log: (line) => console.log(line) });
  console.log(`PowerShell ${pwsh.version ?? "(version unknown)"} from ${pwsh.source}: ${[pwsh.command, ...pwsh.args].join(" ")}`);
  console.log(`Cold start: ${(await measurePwshColdStart(pwsh, 3)).join(", ")} ms`);
});
