import type { DbOrTx } from "@/lib/db";
import { storableText } from "@/lib/db/storable-text";
import type { TransitionResult } from "@/lib/jobs/transition-job";
import type { HeldJob } from "./held-job";
import { transitionHeldJob } from "./transition-held-job";

export interface JobFailure {
  /** One line shown as the job's status reason. */
  reason: string;
  /** The full exception text (PowerShell error with its script stack trace), when there is one. */
  exception?: string | null;
  /** What the runbook passed to a top-level `exit`, when a non-zero exit failed the job. */
  exitCode?: number;
}

/** The job ended in failure: a terminating error, a timeout, or a runner that could not start. */
export async function failJob(db: DbOrTx, held: HeldJob, failure: JobFailure): Promise<TransitionResult> {
  return transitionHeldJob(db, held, "Failed", {
    reason: failure.reason,
    set: { exception: storableText(failure.exception ?? failure.reason), ...(failure.exitCode !== undefined ? { exitCode: failure.exitCode } : {}) },
  });
}
