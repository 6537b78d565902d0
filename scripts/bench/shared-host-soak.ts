import { runToEnd, outputText, spec } from "@/worker/testing/pwsh-runner-kit";
import type { PwshRunner } from "@/worker/pwsh-runner/create-pwsh-runner";

export interface SharedHostSoak {
  jobsPerSecond: number;
  /** Hosts the jobs ran in, in order, with how many jobs each ran. */
  jobsPerHost: number[];
  /** Per host: resident memory over its last 40 jobs minus the highest over its jobs 20–60 (MiB). */
  growthMiB: number[];
}

const mib = 1024 * 1024;

/**
 * `jobs` trivial jobs of one runbook, one after another, through shared hosts the runner retires after
 * a number of jobs (its sharedHostLimits): recycling is seen in the hosts used, and a leak in a host as
 * resident memory that keeps growing after its first jobs. Every job reports its host's working set.
 */
export async function benchSharedHostSoak(runner: PwshRunner, jobs: number): Promise<SharedHostSoak> {
  await runner.poolReady();
  const memory = new Map<number, number[]>();
  const started = performance.now();
  for (let i = 0; i < jobs; i++) {
    const run = await runToEnd(runner, spec("$items = foreach ($n in 1..200) { \"item $n\" }\n[System.Environment]::WorkingSet", { runbookName: "Soak", hostMode: "shared" }));
    if (run.outcome.status !== "completed") throw new Error(`soak job ${i} ended ${run.outcome.status}`);
    memory.set(run.pid, [...(memory.get(run.pid) ?? []), Number(outputText(run.records))]);
  }
  const seconds = (performance.now() - started) / 1000;
  const hosts = [...memory.values()];
  return {
    jobsPerSecond: Math.round((jobs / seconds) * 100) / 100,
    jobsPerHost: hosts.map((samples) => samples.length),
    growthMiB: hosts.filter((samples) => samples.length >= 100).map((samples) => Math.round((Math.max(...samples.slice(-40)) - Math.max(...samples.slice(20, 60))) / mib)),
  };
}
