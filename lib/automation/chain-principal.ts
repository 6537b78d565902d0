import { resolveActingPrincipal, type ActingPrincipal } from "@/lib/auth/acting-principal";
import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** The principal a job's calls on other runbooks and jobs are authorised as: its chain's root starter (lib/auth/acting-principal.ts). */
export async function chainPrincipalOf(db: DbOrTx, jobId: string): Promise<ActingPrincipal> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { actingUserId: true, actingTokenId: true } });
  if (!job) throw notFound("Job");
  return resolveActingPrincipal(db, job);
}
