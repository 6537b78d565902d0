import type { Prisma } from "@/generated/postgresql/client";
import { userIdOf, type AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { checkJobParameters } from "@/lib/jobs/check-job-parameters";
import { assertWorkerGroupExists } from "@/lib/jobs/assert-worker-group-exists";
import { scheduleRunbookSelect, toScheduleRunbookView, type ScheduleRunbookView } from "./schedule-runbook-view";
import type { LinkRunbookInput } from "./schemas";

/**
 * Links a published runbook to a schedule with the parameter values its jobs get, checked against
 * the published param() block exactly as starting a job checks them. The caller has checked the
 * principal's rights on the runbook (tag-scoped).
 */
export async function linkRunbook(db: Db, scheduleId: string, input: LinkRunbookInput, by: AuditContext): Promise<ScheduleRunbookView> {
  // PowerShell checks the values before the transaction, so no write lock waits on it.
  if (!(await db.schedule.findUnique({ where: { id: scheduleId }, select: { id: true } }))) throw notFound("Schedule");
  const runbook = await db.runbook.findUnique({ where: { id: input.runbookId }, select: { name: true, publishedVersion: { select: { content: true } } } });
  if (!runbook) throw notFound("Runbook");
  if (!runbook.publishedVersion) throw new AppError("conflict", `Runbook ${runbook.name} has no published version; publish it before scheduling it`, { field: "runbookId" });
  const parameters = await checkJobParameters(runbook.name, runbook.publishedVersion.content, input.parameters ?? {});
  return db.$transaction(async (tx) => {
    const schedule = await tx.schedule.findUnique({ where: { id: scheduleId }, select: { id: true, name: true } });
    if (!schedule) throw notFound("Schedule");
    // A link aimed at a group that does not exist would fail at every occurrence; refuse the typo now.
    if (input.runOn) await assertWorkerGroupExists(tx, input.runOn);
    if (await tx.jobSchedule.findUnique({ where: { scheduleId_runbookId: { scheduleId, runbookId: input.runbookId } }, select: { id: true } })) {
      throw conflict(`Runbook ${runbook.name} is already linked to schedule ${schedule.name}; unlink it first to change its parameters`);
    }
    const row = await tx.jobSchedule.create({
      data: {
        scheduleId,
        runbookId: input.runbookId,
        parameters: parameters as Prisma.InputJsonObject,
        runOn: input.runOn ?? null,
        // The schedule's jobs act as the user who linked the runbook (Job.actingUserId).
        createdByUserId: userIdOf(by),
      },
      select: scheduleRunbookSelect,
    });
    await recordAuditEvent(tx, {
      ...by,
      action: "schedule.link_runbook",
      target: { type: "schedule", id: schedule.id, name: schedule.name },
      details: { runbookId: input.runbookId, runbook: runbook.name, parameters: Object.keys(parameters) },
    });
    return toScheduleRunbookView(row);
  });
}
