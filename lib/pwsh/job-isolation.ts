import { execFileSync } from "node:child_process";
import type { JobIsolationEnv } from "@/lib/config/job-isolation-env";
import { defaultJobUser } from "./ensure-job-user";
import { resolveJobCpuGroup, type JobCpuGroup } from "./job-cpu-group";
import { whichSync } from "./locate-pwsh";

/** Per-process limits a job's processes get (setrlimit via prlimit); undefined means no limit. */
export interface JobLimits {
  memoryMiB?: number;
  /** Processes and threads of the job's user, all of its jobs together (RLIMIT_NPROC counts per uid). */
  processes?: number;
  cpuSeconds?: number;
}

export interface JobUser {
  name: string;
  uid: number;
  gid: number;
}

/** How a job's pwsh is started; see README "Security" for what each mode lets a runbook reach. */
export interface JobIsolation {
  mode: "sandbox" | "user" | "none";
  /** The account jobs run as; undefined: the worker's (or web server's) own. */
  user?: JobUser;
  limits: JobLimits;
  /** The bubblewrap executable, in sandbox mode. */
  bwrap?: string;
  /** prlimit, when any limit is set. */
  prlimit?: string;
  /** Niceness the process and everything it starts run at, and the `nice` that sets it; undefined: the parent's. */
  nice?: { increment: number; command: string };
  /**
   * The control group every job process joins as it starts (BATON_JOB_CPU_WEIGHT), and the shell
   * that joins it. Joining needs root, so with a job user `setpriv` drops to it afterwards.
   */
  cpuGroup?: JobCpuGroup & { shell: string; setpriv?: string };
}

/** No isolation and no limits: the process runs as its parent, with its parent's view of the host. */
export const noIsolation: JobIsolation = { mode: "none", limits: {} };

/**
 * Turns the BATON_JOB_* settings into an isolation, checking that it can work on this machine:
 * the job user exists, bubblewrap is installed and may create namespaces as that user. Throws a
 * message that says what to install or set; it never falls back to weaker isolation by itself.
 */
export function resolveJobIsolation(env: JobIsolationEnv, pathEnv = process.env.PATH): JobIsolation {
  const mode = env.BATON_JOB_ISOLATION;
  const limits: JobLimits = {
    memoryMiB: env.BATON_JOB_MEMORY_MB || undefined,
    processes: env.BATON_JOB_MAX_PROCESSES || undefined,
    cpuSeconds: env.BATON_JOB_CPU_SECONDS || undefined,
  };
  const isRoot = process.getuid?.() === 0;
  const userName = mode === "none" ? undefined : (env.BATON_JOB_USER ?? (isRoot ? defaultJobUser : undefined));
  const user = userName ? lookUpUser(userName, env.BATON_JOB_USER === undefined) : undefined;
  if (user && !isRoot && user.uid !== process.getuid?.()) {
    throw new Error(`BATON_JOB_USER=${user.name} needs Baton to run as root (it runs as uid ${process.getuid?.()}); unset it to run jobs as this user inside the sandbox`);
  }
  if (mode === "user" && !user) throw new Error("BATON_JOB_ISOLATION=user needs BATON_JOB_USER (and Baton running as root)");
  const prlimit = Object.values(limits).some((v) => v !== undefined) ? whichSync("prlimit", pathEnv) : undefined;
  if (prlimit === undefined && Object.values(limits).some((v) => v !== undefined)) {
    throw new Error("prlimit (util-linux) was not found on PATH; it applies BATON_JOB_MEMORY_MB, BATON_JOB_MAX_PROCESSES and BATON_JOB_CPU_SECONDS (set them to 0 to run without limits)");
  }
  const jobUser = user?.uid === process.getuid?.() ? undefined : user;
  const isolation: JobIsolation = { mode, user: jobUser, limits, prlimit, nice: resolveNice(env.BATON_JOB_NICE, pathEnv), cpuGroup: resolveCpuGroup(env.BATON_JOB_CPU_WEIGHT, jobUser, pathEnv) };
  if (mode !== "sandbox") return isolation;
  const bwrap = whichSync("bwrap", pathEnv);
  if (!bwrap) {
    throw new Error(
      "bubblewrap (bwrap) is not installed, and BATON_JOB_ISOLATION=sandbox needs it: apt-get install bubblewrap " +
        "(or set BATON_JOB_ISOLATION=user or none to accept weaker isolation; README: Security)",
    );
  }
  probeSandbox(bwrap, isolation.user);
  return { ...isolation, bwrap };
}

function resolveNice(increment: number, pathEnv: string | undefined): JobIsolation["nice"] {
  if (increment === 0) return undefined;
  const command = whichSync("nice", pathEnv);
  if (!command) throw new Error("nice (coreutils) was not found on PATH; it applies BATON_JOB_NICE (set it to 0 to run jobs at the worker's priority)");
  return { increment, command };
}

function resolveCpuGroup(weight: number, user: JobUser | undefined, pathEnv: string | undefined): JobIsolation["cpuGroup"] {
  if (weight === 0) return undefined;
  const shell = whichSync("sh", pathEnv);
  const setpriv = user ? whichSync("setpriv", pathEnv) : undefined;
  if (!shell || (user && !setpriv)) throw new Error("BATON_JOB_CPU_WEIGHT needs sh and setpriv (util-linux) on PATH; set it to 0 to run jobs without a control group");
  return { ...resolveJobCpuGroup(weight), shell, setpriv };
}

function lookUpUser(name: string, defaulted: boolean): JobUser {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, name], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim());
    return { name, uid: id("-u"), gid: id("-g") };
  } catch {
    const hint = defaulted ? " (the default when Baton runs as root): run npm run setup:job-user to create it, or set BATON_JOB_USER" : "";
    throw new Error(`The job user ${name} does not exist${hint}`);
  }
}

/** Unprivileged user namespaces can be switched off (sysctl, AppArmor); say so at start, not at the first job. */
function probeSandbox(bwrap: string, user: JobUser | undefined): void {
  try {
    execFileSync(bwrap, ["--ro-bind", "/", "/", "--unshare-pid", "--proc", "/proc", "--dev", "/dev", "true"], {
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 10_000,
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "").trim();
    throw new Error(
      `bubblewrap cannot create a sandbox here${user ? ` as ${user.name}` : ""}: ${stderr || (error as Error).message} ` +
        "(unprivileged user namespaces must be allowed: sysctl kernel.unprivileged_userns_clone=1; or set BATON_JOB_ISOLATION=user or none)",
    );
  }
}
