import fs from "node:fs";
import path from "node:path";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";
import type { JobRunner } from "../runner-types";
import { HostPool } from "./host-pool";
import { runJobOnHost } from "./run-job";

export interface PwshRunnerOptions {
  pwsh: PwshCommand;
  /** Host processes kept started and waiting for a job. 0 disables the pool. */
  poolSize?: number;
  /** How long a stopped job may run its finally blocks before its process group is killed. */
  stopGraceMs?: number;
  /** Parent of the per-job temp dirs (each job's HOME and TMPDIR, mode 0700). */
  tempRoot: string;
  /** Called when a pooled process cannot be spawned; jobs then spawn on demand and report the error. */
  onPoolError?: (error: unknown) => void;
}

export interface PwshRunner extends JobRunner {
  /** Settles when the pool's processes have opened their runspaces (or exited); true when all are ready. */
  poolReady(): Promise<boolean>;
}

/** Runs each job in its own single-use `pwsh` process, from a warm pool when one is ready. */
export function createPwshRunner({ pwsh, poolSize = 2, stopGraceMs = 5000, tempRoot, onPoolError = () => {} }: PwshRunnerOptions): PwshRunner {
  fs.mkdirSync(tempRoot, { recursive: true, mode: 0o700 });
  const hostOptions = { pwsh, tempRoot, assemblyCache: path.join(tempRoot, "host-assembly") };
  const pool = new HostPool(hostOptions, poolSize, onPoolError);
  return {
    async start(spec, onRecords) {
      return runJobOnHost(pool.take(), spec, onRecords, stopGraceMs);
    },
    poolReady: () => pool.ready(),
    close: () => pool.close(),
  };
}
