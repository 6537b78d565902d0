import type { AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { actorOf } from "./job-starter";
import { notifyJobQueued } from "./notify-job-queued";
import { actionTargets, isJobStatus, type JobAction, type JobStatus } from "@/lib/job-lifecycle/statuses";
import { transitionJob } from "./transition-job";

const attempts = 3;

/**
 * Stop, suspend or resume a job. The target status follows from the job's current status
 * (lib/job-lifecycle/statuses.ts actionTargets): a queued or suspended job stops at once, a held one goes to
 * Stopping and its worker learns of it at its next lease renewal (≤ 5 s). Resume moves
 * Suspended → Resuming → Queued in one transaction and wakes the workers. If the job changes status
 * meanwhile, the action is re-evaluated against the new status. Each accepted request is audited as
 * `job.<action>` in the same transaction.
 */
export async function controlJob(db: Db, jobId: string, action: JobAction, by: AuditContext): Promise<{ status: JobStatus }> {
  const name = by.actor.name ?? by.actor.kind;
  const actor = actorOf(by.actor);
  for (let i = 0; ; i++) {
    const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true, runOn: true, runbook: { select: { name: true } } } });
    if (!job) throw notFound("Job");
    const from = job.status;
    const to = isJobStatus(from) ? actionTargets[action][from] : undefined;
    if (!to || !isJobStatus(from)) throw new AppError("conflict", `Cannot ${action} a job that is ${from}`);
    const audit = (tx: Tx, status: JobStatus) =>
      recordAuditEvent(tx, { actor: by.actor, action: `job.${action}`, target: { type: "job", id: jobId, name: job.runbook.name }, sourceAddress: by.sourceAddress, details: { from, to: status } });
    try {
      if (action === "resume") {
        await db.$transaction(async (tx) => {
          await transitionJob(tx, jobId, "Resuming", { reason: `Resumed by ${name}`, actor, expect: [from] });
          await transitionJob(tx, jobId, "Queued", { reason: `Resumed by ${name}; runs from its last checkpoint`, actor });
          await audit(tx, "Queued");
        });
        await notifyJobQueued(db, job.runOn);
        return { status: "Queued" };
      }
      const verb = action === "stop" ? "Stop" : "Suspend";
      const reason = to === "Stopped" ? `Stopped by ${name}` : `${verb} requested by ${name}`;
      await db.$transaction(async (tx) => {
        await transitionJob(tx, jobId, to, { reason, actor, expect: [from] });
        await audit(tx, to);
      });
      return { status: to };
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "conflict" || i + 1 >= attempts) throw err;
    }
  }
}
