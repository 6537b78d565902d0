import type { JobSummary } from "@/lib/jobs/job-views";

type Ran = Pick<JobSummary, "runbookVersionNumber" | "isTest">;

/** The version a job ran: a published version's number, or the draft for a test run. */
export function versionLabel(job: Ran): string {
  return job.runbookVersionNumber === null ? (job.isTest ? "Draft (test run)" : "—") : `Version ${job.runbookVersionNumber}`;
}

/** The same, short enough for a table column. */
export function shortVersionLabel(job: Ran): string {
  return job.runbookVersionNumber === null ? (job.isTest ? "Draft" : "—") : `v${job.runbookVersionNumber}`;
}
