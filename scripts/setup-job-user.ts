// `npm run setup:job-user`: creates the unprivileged account jobs run as when Baton runs as root
// (BATON_JOB_USER, default baton-job), and makes Baton's data directory unreadable to it. Safe to run again.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { runCli } from "./cli";

runCli(async () => {
  const env = getEnv();
  const name = env.BATON_JOB_USER ?? "baton-job";
  if (process.getuid?.() !== 0) {
    console.log(`job user: Baton does not run as root, so jobs run as this user inside the sandbox (${name} is not needed)`);
    return;
  }
  try {
    execFileSync("id", ["-u", name], { stdio: "ignore" });
    console.log(`job user: ${name} exists`);
  } catch {
    // A system account: no home, no password, no login shell; it owns nothing but its jobs' temp dirs.
    execFileSync("useradd", ["--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "--user-group", name], { stdio: "inherit" });
    console.log(`job user: created ${name}`);
  }
  protectDataDir(env.dataDir);
});

/**
 * Without the sandbox (BATON_JOB_ISOLATION=user) only file modes keep the job user out of the
 * database file and the key: the data directory may be passed through (to reach the worker's module
 * copies) but not listed, and its files are the owner's alone.
 */
function protectDataDir(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, 0o711);
  for (const entry of fs.readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.isFile()) fs.chmodSync(path.join(dataDir, entry.name), 0o600);
  }
  console.log(`data: ${dataDir} mode 0711, its files 0600`);
}
