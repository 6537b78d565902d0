import os from "node:os";
import type { JobLimits } from "./job-isolation";

export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const sigxcpu = os.constants.signals.SIGXCPU;

/**
 * Which limit a failed job ran into, as a sentence for its error, or undefined when none is to blame.
 * The kernel does not say why an allocation or a fork failed, so this reads the signs, each only when
 * that limit is set: SIGXCPU (or 128+SIGXCPU from bubblewrap, which reports a signalled child so);
 * EAGAIN from fork; .NET's OutOfMemoryException. When the runtime itself cannot get a thread or memory
 * it aborts with "Out of memory." (RLIMIT_NPROC counts threads, RLIMIT_DATA their stacks), which
 * either limit can cause, so the sentence names both.
 */
export function limitExceededReason(limits: JobLimits, end: ProcessEnd, errorText: string): string | undefined {
  const { cpuSeconds, memoryMiB, processes } = limits;
  if (cpuSeconds && (end.signal === "SIGXCPU" || end.code === 128 + sigxcpu)) {
    return `The job exceeded its CPU time limit of ${cpuSeconds} s (BATON_JOB_CPU_SECONDS)`;
  }
  if (processes && /Resource temporarily unavailable|fork: retry/i.test(errorText)) {
    return `The job reached its limit of ${processes} processes (BATON_JOB_MAX_PROCESSES)`;
  }
  if (memoryMiB && /OutOfMemoryException|Cannot allocate memory/i.test(errorText)) {
    return `The job exceeded its memory limit of ${memoryMiB} MiB (BATON_JOB_MEMORY_MB)`;
  }
  if (!/\bOut of memory\b/.test(errorText)) return undefined;
  if (memoryMiB && processes) {
    return `The job reached its limit of ${processes} processes or its memory limit of ${memoryMiB} MiB (BATON_JOB_MAX_PROCESSES, BATON_JOB_MEMORY_MB)`;
  }
  if (memoryMiB) return `The job exceeded its memory limit of ${memoryMiB} MiB (BATON_JOB_MEMORY_MB)`;
  if (processes) return `The job reached its limit of ${processes} processes (BATON_JOB_MAX_PROCESSES)`;
  return undefined;
}
