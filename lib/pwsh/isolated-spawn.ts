import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { JobIsolation, JobLimits } from "./job-isolation";
import type { PwshCommand } from "./pwsh-command";

export interface IsolatedSpawnOptions {
  /** The process's own directory: its HOME, TMPDIR and working directory, the only place it may write. */
  workDir: string;
  /** What it reads besides the system (the host's scripts, module copies): mounted read-only in the sandbox. */
  readOnlyPaths: string[];
  /** The whole environment; nothing of the parent's is added. */
  env: Record<string, string>;
  stdio: StdioOptions;
}

/**
 * Starts `pwsh <args>` as the isolation says, in its own process group (kill -pid reaches everything
 * it started): through nice for its priority, prlimit for the limits, bubblewrap for the sandbox, as
 * the job user. Niceness is inherited, so what the job starts runs at the same priority; a job cannot
 * lower it again (only root may). With a CPU control group, a shell running as the worker's user
 * moves itself into the group before it execs the rest, so every process of the job starts inside
 * it; setpriv then drops to the job user, as spawn's uid option does otherwise (no supplementary
 * groups).
 * The caller owns workDir and must hand it to the job user (prepareWorkDir) first.
 */
export function spawnIsolated(isolation: JobIsolation, pwsh: PwshCommand, args: string[], options: IsolatedSpawnOptions): ChildProcess {
  let argv = [pwsh.command, ...pwsh.args, ...args];
  if (isolation.mode === "sandbox") argv = [isolation.bwrap!, ...sandboxArgs(pwsh, options), "--", ...argv];
  if (isolation.prlimit) argv = [isolation.prlimit, ...limitArgs(isolation.limits), "--", ...argv];
  const { user, cpuGroup: group } = isolation;
  if (user && group?.setpriv) argv = [group.setpriv, `--reuid=${user.uid}`, `--regid=${user.gid}`, "--clear-groups", "--", ...argv];
  if (group) argv = [group.shell, "-c", 'echo $$ > "$0" && exec "$@"', group.procsFile, ...argv];
  if (isolation.nice) argv = [isolation.nice.command, "-n", String(isolation.nice.increment), ...argv];
  return spawn(argv[0]!, argv.slice(1), {
    cwd: options.workDir,
    // Next's type augmentation makes NODE_ENV required in ProcessEnv; the child gets only what it is given.
    env: options.env as NodeJS.ProcessEnv,
    stdio: options.stdio,
    detached: true,
    shell: false,
    ...(user && !group?.setpriv ? { uid: user.uid, gid: user.gid } : {}),
  });
}

/**
 * Makes workDir (mode 0700) and what is in it belong to the job user. The job user must also be able
 * to pass through its parents (mode 0711 lets it reach its own directory without listing others').
 */
export function prepareWorkDir(isolation: JobIsolation, workDir: string): void {
  fs.chmodSync(workDir, 0o700);
  if (!isolation.user) return;
  const { uid, gid } = isolation.user;
  fs.chownSync(workDir, uid, gid);
  for (const entry of fs.readdirSync(workDir, { recursive: true })) fs.lchownSync(path.join(workDir, String(entry)), uid, gid);
}

const mib = 1024 * 1024;

function limitArgs(limits: JobLimits): string[] {
  const args: string[] = [];
  // RLIMIT_DATA rather than RLIMIT_AS: .NET reserves far more address space than it ever touches.
  if (limits.memoryMiB) args.push(`--data=${limits.memoryMiB * mib}`);
  if (limits.processes) args.push(`--nproc=${limits.processes}`);
  // SIGXCPU at the soft limit (the exit names it); SIGKILL a little later if it was caught.
  if (limits.cpuSeconds) args.push(`--cpu=${limits.cpuSeconds}:${limits.cpuSeconds + 5}`);
  return args;
}

/**
 * A new root holding the system's programs and libraries read-only, a fresh /proc of its own PID
 * namespace (no other process is visible), an empty /tmp and /dev, PowerShell, the given read-only
 * paths and the work dir. Nothing else of the host's files is there: not the data directory, the key
 * file, the project's .env, home directories or other jobs' directories. The network is shared, so
 * runbooks can call the automation API and manage other machines.
 */
function sandboxArgs(pwsh: PwshCommand, options: IsolatedSpawnOptions): string[] {
  const args = ["--die-with-parent", "--new-session", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"];
  args.push("--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc");
  for (const dir of ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"]) {
    const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) args.push("--symlink", fs.readlinkSync(dir), dir);
    else if (stat?.isDirectory()) args.push("--ro-bind", dir, dir);
  }
  args.push("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp");
  const programDirs = [pwsh.command, pwsh.path].map((file) => path.dirname(file));
  if (pwsh.env.DOTNET_ROOT) programDirs.push(pwsh.env.DOTNET_ROOT);
  for (const dir of [...programDirs, ...options.readOnlyPaths]) {
    if (dir === "/usr" || dir.startsWith("/usr/")) continue;
    // Bind the real directory at its real path and, when a symlink leads there, at the path used.
    const real = fs.realpathSync(dir);
    args.push("--ro-bind", real, real);
    if (real !== dir) args.push("--ro-bind", real, dir);
  }
  args.push("--bind", options.workDir, options.workDir, "--chdir", options.workDir);
  return args;
}
