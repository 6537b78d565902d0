import path from "node:path";
import { locatePwsh } from "@/lib/pwsh/locate-pwsh";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Real pwsh for tests: a missing pwsh fails the suite unless BATON_TEST_SKIP_PWSH=1. */
export const skipPwsh = process.env.BATON_TEST_SKIP_PWSH === "1";

export function testPwsh(): PwshCommand {
  const pwsh = locatePwsh({ projectRoot, configured: process.env.BATON_PWSH });
  if (!pwsh) throw new Error("pwsh not found (BATON_PWSH, .tools/pwsh, PATH): run npx tsx scripts/setup-pwsh.ts, or set BATON_TEST_SKIP_PWSH=1");
  return pwsh;
}
