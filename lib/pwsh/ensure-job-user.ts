import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const defaultJobUser = "baton-job";

/**
 * When Baton runs as root: creates the unprivileged account jobs run as (a system account with no
 * home, password or login shell) unless it exists, closes the data directory to it, and lets it pass
 * through the directories above the project. Does nothing otherwise: jobs then run as Baton's own
 * user inside the sandbox. Safe to run again.
 */
export function ensureJobUser(name: string, dirs: { dataDir: string; projectRoot: string }, log: (message: string) => void): void {
  if (process.getuid?.() !== 0) {
    log(`Baton does not run as root, so jobs run as this user inside the sandbox (no ${name} account needed)`);
    return;
  }
  try {
    execFileSync("id", ["-u", name], { stdio: "ignore" });
    log(`${name} exists`);
  } catch {
    execFileSync("useradd", ["--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "--user-group", name], { stdio: "inherit" });
    log(`created ${name}`);
  }
  protectDataDir(dirs.dataDir);
  log(`${dirs.dataDir}: mode 0711, its files 0600`);
  openPathForJobUser(dirs.projectRoot, log);
}

/**
 * The job user reads PowerShell (.tools), the host's scripts and the worker's module copies where
 * they are, so every directory above them must let others pass, which /root or a 0700 data
 * directory does not. Only o+x is added: nothing becomes listable or readable that was not.
 */
export function openPathForJobUser(target: string, log: (message: string) => void): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, mode | 0o001);
      log(`${dir}: others may now pass through (o+x), so the job user reaches the project`);
    }
    if (dir === path.dirname(dir)) return;
  }
}

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
}
