// `npm run setup:job-user`: when Baton runs as root, creates the unprivileged account jobs run as
// (BATON_JOB_USER, default baton-job) and closes the data directory to it. Safe to run again.
import path from "node:path";
import { getEnv } from "@/lib/env";
import { defaultJobUser, ensureJobUser } from "@/lib/pwsh/ensure-job-user";
import { runCli } from "./cli";

runCli(async () => {
  const env = getEnv();
  ensureJobUser(env.BATON_JOB_USER ?? defaultJobUser, { dataDir: env.dataDir, projectRoot: path.resolve(import.meta.dirname, "..") }, (m) => console.log(`job user: ${m}`));
});
