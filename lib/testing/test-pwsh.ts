import path from "node:path";
import { jobIsolationEnvSchema, type JobIsolationEnv } from "@/lib/config/job-isolation-env";
import { resolveJobIsolation, type JobIsolation } from "@/lib/pwsh/job-isolation";
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

/**
 * The isolation jobs get by default (BATON_JOB_* unset): the bubblewrap sandbox, as baton-job when the
 * tests run as root (npm run setup:job-user creates it), with the default limits.
 */
export function testIsolation(overrides: Partial<JobIsolationEnv> = {}): JobIsolation {
  return resolveJobIsolation(jobIsolationEnvSchema.parse(overrides));
}
