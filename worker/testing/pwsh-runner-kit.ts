import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateToken } from "@/lib/crypto/tokens";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import type { JobRunner, JobSpec, RunOutcome } from "@/worker/runner-types";

export function makeTempRoot(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "baton-runner-test-"));
}

export function spec(script: string, overrides: Partial<JobSpec> = {}): JobSpec {
  return {
    jobId: "job-1",
    runbookName: "Test-Runbook",
    script,
    parameters: {},
    apiUrl: "http://127.0.0.1:1",
    // The host hands it to Initialize-BatonAutomation, which accepts only job tokens.
    automationToken: generateToken("job"),
    streams: { verbose: true, debug: true, progress: true },
    outputWidth: 120,
    ...overrides,
  };
}

export interface JobRun {
  outcome: RunOutcome;
  records: StreamRecordInput[];
  batches: number;
  pid: number;
}

export async function runToEnd(runner: JobRunner, jobSpec: JobSpec): Promise<JobRun> {
  const records: StreamRecordInput[] = [];
  let batches = 0;
  const job = await runner.start(jobSpec, (batch) => {
    batches++;
    records.push(...batch);
  });
  return { outcome: await job.outcome, records, batches, pid: job.pid };
}

/**
 * The job's Output stream as the console printed it: each output record's text, skipping records
 * that printed no line when they were written (data.lines 0). Blank lines at the very end are left
 * out: the formatter prints them when the job ends, and only when an object is still waiting for its
 * table do they have a record to go with (worker/pwsh/OutputFormatter.cs).
 */
export function outputText(records: StreamRecordInput[]): string {
  return records
    .filter((r) => r.type === "output" && (r.data as { lines?: number } | undefined)?.lines !== 0)
    .map((r) => r.text)
    .join("\n")
    .replace(/\n+$/, "");
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** pids whose command line contains `needle` (from /proc, so no extra tools are needed). */
export function pidsMatching(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
      if (cmdline.includes(needle)) pids.push(Number(entry));
    } catch {
      // The process ended while we were reading.
    }
  }
  return pids;
}
