import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { JobIsolation } from "@/lib/pwsh/job-isolation";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";
import type { JobRunner, JobSpec } from "../runner-types";
import { sharedHostRuntimeEnv } from "./host-env";
import { HostPool } from "./host-pool";
import { HostStarts } from "./host-starts";
import { prepareHostAssembly } from "./prepare-host-assembly";
import { runJobOnHost } from "./run-job";
import { defaultSharedHostLimits, SharedHosts, type SharedHostLimits } from "./shared-hosts";

export interface PwshRunnerOptions {
  pwsh: PwshCommand;
  /** How each job's process is kept from the worker's secrets and other jobs (lib/pwsh/job-isolation.ts). */
  isolation: JobIsolation;
  /** Directories jobs read besides PowerShell and the host's scripts: the worker's module copies. */
  readOnlyPaths?: string[];
  /**
   * PEM of the CA that signed the web service's certificate (BATON_CA_FILE): the worker trusts it for
   * its own calls, and each job's .NET trusts it too, beside the system's CAs, so the automation
   * cmdlets reach an https BATON_URL.
   */
  ca?: string;
  /** Host processes kept started and waiting for a job. 0 disables the pool. */
  poolSize?: number;
  /** Host processes starting at once, at most (host-starts.ts). Default: the machine's cores. */
  hostStarts?: number;
  /** How long a stopped job may run its finally blocks before its process group is killed. */
  stopGraceMs?: number;
  /** Parent of the per-job temp dirs (each job's HOME and TMPDIR, mode 0700). */
  tempRoot: string;
  /**
   * Where the compiled host assembly is kept: written by the worker only, read by jobs, so it must be
   * a directory no job can write. Default: `<tempRoot>/host-assembly`.
   */
  assemblyCache?: string;
  /** Called when a pooled process cannot be spawned; jobs then spawn on demand and report the error. */
  onPoolError?: (error: unknown) => void;
  /** When a shared host (a job spec's hostMode "shared") is retired. */
  sharedHostLimits?: SharedHostLimits;
  /** Told why each shared host is retired. */
  onSharedHostRetired?: (pid: number, reason: string) => void;
}

export interface PwshRunner extends JobRunner {
  /** Settles when the pool's processes have opened their runspaces (or exited); true when all are ready. */
  poolReady(): Promise<boolean>;
  /** The keys of shared hosts waiting for their runbook's next job. */
  sharedHostsWaiting(): string[];
}

/**
 * Runs each job in its own single-use `pwsh` process, from a warm pool when one is ready; a job whose
 * spec says hostMode "shared" runs in its runbook's shared host instead (shared-hosts.ts), or in a
 * pooled process that becomes one.
 */
export function createPwshRunner({
  pwsh,
  isolation,
  readOnlyPaths = [],
  ca,
  poolSize = 2,
  hostStarts = os.availableParallelism(),
  stopGraceMs = 5000,
  tempRoot,
  assemblyCache,
  onPoolError = () => {},
  sharedHostLimits = defaultSharedHostLimits,
  onSharedHostRetired = () => {},
}: PwshRunnerOptions): PwshRunner {
  fs.mkdirSync(tempRoot, { recursive: true, mode: 0o700 });
  // The job user reaches its own job dir by path (bubblewrap mounts it as that user); it cannot list the others.
  if (isolation.user) fs.chmodSync(tempRoot, 0o711);
  const caFile = ca === undefined ? undefined : writeJobCaFile(tempRoot, ca);
  const hostOptions = {
    pwsh,
    isolation,
    tempRoot,
    assemblyCache: assemblyCache ?? path.join(tempRoot, "host-assembly"),
    readOnlyPaths: caFile ? [caFile, ...readOnlyPaths] : readOnlyPaths,
    caFile,
  };
  const prepared = prepareHostAssembly(pwsh, hostOptions.assemblyCache);
  prepared.catch(onPoolError);
  const starts = new HostStarts(hostStarts);
  const pool = new HostPool(hostOptions, poolSize, onPoolError, prepared, starts);
  // Shared hosts start with other runtime settings (host-env.ts), so they come from a pool of their
  // own, which keeps one waiting once this worker has run a shared job.
  const sharedPool = new HostPool({ ...hostOptions, runtimeEnv: sharedHostRuntimeEnv }, 0, onPoolError, prepared, starts);
  const freshSharedHost = () => {
    sharedPool.keepWarm(1);
    return sharedPool.take();
  };
  const shared = new SharedHosts(freshSharedHost, sharedHostLimits, (host, reason) => onSharedHostRetired(host.pid, reason));
  return {
    async start(spec, onRecords, onDebugEvent) {
      // A debug session always gets a process of its own: its breakpoints and pauses stay with it.
      if (spec.hostMode !== "shared" || spec.debug) return runJobOnHost(await pool.take(), spec, onRecords, stopGraceMs, onDebugEvent);
      const key = sharedHostKey(spec);
      const host = await shared.take(key);
      return runJobOnHost(host, spec, onRecords, stopGraceMs, onDebugEvent, {
        consoleEnd: `baton-job-end-${randomUUID()}`,
        ended: (reusable) => shared.giveBack(key, host, reusable),
      });
    },
    poolReady: () => pool.ready(),
    sharedHostsWaiting: () => shared.waitingKeys(),
    close: async () => {
      await Promise.all([pool.close(), sharedPool.close(), shared.close()]);
    },
  };
}

// A copy, because the original may be readable by root alone and the sandbox shows only what it binds.
// The temp root lets the job user pass but not write; the mode is set again because the umask may have
// narrowed it, or an earlier run of this worker left the file.
function writeJobCaFile(tempRoot: string, pem: string): string {
  const file = path.join(tempRoot, "ca.pem");
  fs.writeFileSync(file, pem);
  fs.chmodSync(file, 0o644);
  return file;
}

// Keyed by the runbook's id, not its name: a runbook deleted and another created under its name must not
// inherit its process. Modules are loaded into the process, and a binary module cannot be unloaded: a
// host serves one module set.
function sharedHostKey(spec: JobSpec): string {
  return JSON.stringify([spec.runbookId ?? spec.runbookName, spec.modulePaths ?? []]);
}
