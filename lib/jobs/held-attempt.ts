import type { Prisma } from "@/generated/postgresql/client";
import { activeStatuses } from "@/lib/job-lifecycle/statuses";

/**
 * One worker's hold on one claim of a job, and the fence of every write it makes for that job. Each
 * claim increments Job.attempts, so a run that outlived its lease (the reaper re-queued the job, and
 * this or another worker claimed it again) holds an older attempt, and every write it tries — status
 * changes, stream records, lease renewals — is refused, on whichever worker it runs. A worker that
 * talks to the web service over HTTP sends these three values with each call and gets the same
 * verbs, so the guarantee is one code path.
 */
export interface HeldAttempt {
  jobId: string;
  workerId: string;
  attempt: number;
}

/** The job row a held attempt may still write: held by its worker, at its attempt, not yet ended. */
export function heldAttemptWhere(held: HeldAttempt): Prisma.JobWhereInput {
  return { id: held.jobId, workerId: held.workerId, attempts: held.attempt, status: { in: [...activeStatuses] } };
}
