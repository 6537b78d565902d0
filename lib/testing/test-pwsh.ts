import fs from "node:fs";
import os from "node:os";
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

/**
 * One host-assembly cache for every runner of the test run (worker/pwsh-runner/create-pwsh-runner.ts),
 * so the host's C# is compiled once, not once per runner. The assemblies are named by a hash of
 * their sources, so a changed source compiles anew. Like a worker's own cache it is this user's and
 * jobs can only read it; one that someone else owns is refused.
 */
export function testAssemblyCache(): string {
  const dir = path.join(os.tmpdir(), `baton-test-host-assembly-${process.getuid?.() ?? "user"}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  const stat = fs.lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0) {
    throw new Error(`${dir} is not a directory of this user's that only it may write`);
  }
  return dir;
}
