import { z } from "zod";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { starterFromPrincipal } from "@/lib/jobs/job-starter";
import { startJob } from "@/lib/jobs/start-job";
import type { Principal } from "@/lib/auth/principal";
import type { StartChildJobInput } from "./schemas";

/** Start-AutomationRunbook's answer: the queued child job and the worker group it runs on. */
export const childJobStartView = z.object({ jobId: z.string(), runOn: z.string().describe("The worker group the child runs on.") });
export type ChildJobStart = z.infer<typeof childJobStartView>;

/**
 * Start-AutomationRunbook: starts the named runbook's published version as a child of the calling
 * job (startedByKind "job", parentJobId), so the parent can wait for it and read its output.
 */
export async function startChildJob(db: Db, parent: Principal, input: StartChildJobInput, sourceAddress: string | null = null): Promise<ChildJobStart> {
  // Runbook names ignore case, as in Azure Automation and PowerShell.
  const [runbook] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Runbook" WHERE LOWER(name) = LOWER(${input.name})`;
  if (!runbook) throw notFound(`Runbook '${input.name}'`);
  return startJob(db, {
    runbookId: runbook.id,
    input: { parameters: input.parameters, runOn: input.runOn },
    startedBy: starterFromPrincipal(parent),
    sourceAddress,
  });
}
