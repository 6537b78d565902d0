import type { JobIsolation, JobLimits } from "./job-isolation";

/** One line for the worker's log and `npm run doctor`: where jobs run, as whom, with which limits. */
export function describeJobIsolation(isolation: JobIsolation): string {
  const who = isolation.user ? `as ${isolation.user.name} (uid ${isolation.user.uid})` : `as ${process.getuid?.() === 0 ? "root" : "this process's user"}`;
  const where =
    isolation.mode === "sandbox"
      ? `in a bubblewrap sandbox ${who}: own PID namespace and /tmp, no access to Baton's data or other jobs`
      : isolation.mode === "user"
        ? `${who} without a sandbox: other users' processes hidden by uid; the host's files as that user may read them`
        : `${who} without isolation: runbooks can read the worker's environment and files (BATON_JOB_ISOLATION=none)`;
  const priority = isolation.nice ? `; CPU priority nice ${isolation.nice.increment}` : "";
  const group = isolation.cpuGroup ? `; CPU weight ${isolation.cpuGroup.weight} for all jobs together (cgroup v${isolation.cpuGroup.version} ${isolation.cpuGroup.dir})` : "";
  return `${where}; limits: ${describeLimits(isolation.limits)}${priority}${group}`;
}

function describeLimits(limits: JobLimits): string {
  const parts = [
    limits.memoryMiB ? `memory ${limits.memoryMiB} MiB per process` : undefined,
    limits.processes ? `${limits.processes} processes of the job user` : undefined,
    limits.cpuSeconds ? `CPU ${limits.cpuSeconds} s per process` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "none";
}
