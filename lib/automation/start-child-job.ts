import { z } from "zod";
import type { Db } from "@/lib/db";
import { can } from "@/lib/auth/principal";
import { AppError, notFound } from "@/lib/errors";
import { starterFromPrincipal } from "@/lib/jobs/job-starter";
import { startJob } from "@/lib/jobs/start-job";
import type { Principal } from "@/lib/auth/principal";
import { chainPrincipalOf } from "./chain-principal";
import type { StartChildJobInput } from "./schemas";

/** Start-AutomationRunbook's answer: the queued child job and the worker group it runs on. */
export const childJobStartView = z.object({ jobId: z.string(), runOn: z.string().describe("The worker group the child runs on.") });
export type ChildJobStart = z.infer<typeof childJobStartView>;

/**
 * Start-AutomationRunbook: starts the named runbook's published version as a child of the calling
 * job (startedByKind "job", parentJobId), so the parent can wait for it and read its output.
 *
 * Authorised as whoever started the chain's root job, never as the runbook: a runbook that user may
 * not see is "not found", one they may see but not start is refused. So a runbook reaches no further
 * than the person or token that set it going, whatever tags the runbooks carry.
 */
export async function startChildJob(db: Db, parent: Principal, input: StartChildJobInput, sourceAddress: string | null = null): Promise<ChildJobStart> {
  // Runbook names ignore case, as in Azure Automation and PowerShell.
  const [runbook] = await db.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM "Runbook" WHERE LOWER(name) = LOWER(${input.name})`;
  if (!runbook) throw notFound(`Runbook '${input.name}'`);
  const acting = await chainPrincipalOf(db, parent.jobId!);
  if (acting.unusable) throw new AppError("forbidden", `This job cannot start runbooks: ${acting.unusable}`);
  const tags = (await db.runbookTag.findMany({ where: { runbookId: runbook.id }, select: { tag: true } })).map((t) => t.tag);
  if (!can(acting, "runbook.read", tags) && !can(acting, "job.read", tags)) throw notFound(`Runbook '${input.name}'`);
  if (!can(acting, "job.start", tags)) {
    throw new AppError("forbidden", `This job acts as ${acting.name}, who may not start runbook '${runbook.name}' (job.start permission needed)`);
  }
  return startJob(db, {
    runbookId: runbook.id,
    input: { parameters: input.parameters, runOn: input.runOn },
    startedBy: starterFromPrincipal(parent),
    sourceAddress,
  });
}
