import type { AuditContext } from "@/lib/audit/audit-context";
import type { Db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { terminalStatuses } from "@/lib/job-lifecycle/statuses";
import { recordRunbookAudit } from "./record-runbook-audit";

/** Deletes a runbook with its versions, tags and finished jobs; refuses while any job (queued, running, suspended…) is not finished. */
export async function deleteRunbook(db: Db, runbookId: string, by: AuditContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const exists = await tx.runbook.findUnique({ where: { id: runbookId }, select: { id: true, name: true } });
    if (!exists) throw notFound("Runbook");
    const active = await tx.job.count({ where: { runbookId, status: { notIn: [...terminalStatuses] } } });
    if (active > 0) throw conflict(`This runbook has ${active} job${active === 1 ? "" : "s"} that ha${active === 1 ? "s" : "ve"} not finished; stop ${active === 1 ? "it" : "them"} first`);
    const jobsDeleted = await tx.job.count({ where: { runbookId } });
    await tx.runbook.delete({ where: { id: runbookId } });
    await recordRunbookAudit(tx, by, "delete", exists, { jobsDeleted });
  });
}
