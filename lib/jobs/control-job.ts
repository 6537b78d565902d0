import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { notifyJobQueued } from "./notify-job-queued";
import { actionTargets, isJobStatus, type JobAction, type JobStatus } from "./statuses";
import { transitionJob } from "./transition-job";

export interface ControlledBy {
  /** Shown in the reason: "Stop requested by alice". */
  name: string;
  /** The timeline's actor: "user:alice". */
  actor: string;
}

const attempts = 3;

/**
 * Stop, suspend or resume a job. The target status follows from the job's current status
 * (lib/jobs/statuses.ts actionTargets): a queued or suspended job stops at once, a held one goes to
 * Stopping and its worker learns of it at its next lease renewal (≤ 5 s). Resume moves
 * Suspended → Resuming → Queued in one transaction and wakes the workers. If the job changes status
 * meanwhile, the action is re-evaluated against the new status.
 */
export async function controlJob(db: Db, jobId: string, action: JobAction, by: ControlledBy): Promise<{ status: JobStatus }> {
  for (let i = 0; ; i++) {
    const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true, runOn: true } });
    if (!job) throw notFound("Job");
    const from = job.status;
    const to = isJobStatus(from) ? actionTargets[action][from] : undefined;
    if (!to || !isJobStatus(from)) throw new AppError("conflict", `Cannot ${action} a job that is ${from}`);
    try {
      if (action === "resume") {
        await db.$transaction(async (tx) => {
          await transitionJob(tx, jobId, "Resuming", { reason: `Resumed by ${by.name}`, actor: by.actor, expect: [from] });
          await transitionJob(tx, jobId, "Queued", { reason: `Resumed by ${by.name}; runs from its last checkpoint`, actor: by.actor });
        });
        await notifyJobQueued(db, job.runOn);
        return { status: "Queued" };
      }
      const verb = action === "stop" ? "Stop" : "Suspend";
      const reason = to === "Stopped" ? `Stopped by ${by.name}` : `${verb} requested by ${by.name}`;
      await transitionJob(db, jobId, to, { reason, actor: by.actor, expect: [from] });
      return { status: to };
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "conflict" || i + 1 >= attempts) throw err;
    }
  }
}
