import os from "node:os";
import type { JobLimits } from "./job-isolation";

export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const sigxcpu = os.constants.signals.SIGXCPU;

/**
 * Which limit a failed job ran into, as a sentence for its error, or undefined when none is to blame.
 * The kernel does not say why an allocation or a fork failed, so this reads the signs: SIGXCPU (or
 * 128+SIGXCPU from bubblewrap, which reports a signalled child so), .NET's OutOfMemoryException or
 * ENOMEM, and EAGAIN from fork, each only when that limit is set.
 */
export function limitExceededReason(limits: JobLimits, end: ProcessEnd, errorText: string): string | undefined {
  if (limits.cpuSeconds && (end.signal === "SIGXCPU" || end.code === 128 + sigxcpu)) {
    return `The job exceeded its CPU time limit of ${limits.cpuSeconds} s (BATON_JOB_CPU_SECONDS)`;
  }
  if (limits.memoryMiB && /OutOfMemoryException|Cannot allocate memory|out of memory/i.test(errorText)) {
    return `The job exceeded its memory limit of ${limits.memoryMiB} MiB (BATON_JOB_MEMORY_MB)`;
  }
  if (limits.processes && /Resource temporarily unavailable|fork: retry/i.test(errorText)) {
    return `The job reached its limit of ${limits.processes} processes (BATON_JOB_MAX_PROCESSES)`;
  }
  return undefined;
}
