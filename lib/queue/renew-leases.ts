import type { DbOrTx } from "@/lib/db";
import { activeStatuses, isJobStatus } from "@/lib/job-lifecycle/statuses";
import type { HeldAttempt } from "@/lib/jobs/held-attempt";
import { leaseUntil } from "./lease";

/** What the worker must do about a job it runs, learned at lease renewal. */
export type HeldJobAction = "stop" | "suspend" | "lost";

/** One job a worker runs: the job and the attempt its claim started. */
export type HeldLease = Pick<HeldAttempt, "jobId" | "attempt">;

export interface LeaseRenewal {
  /** Jobs whose lease was extended. */
  renewed: string[];
  /**
   * Jobs that need the worker's attention: a stop or suspend asked through the API (the job is in
   * Stopping or Suspending), or "lost": the job is no longer this attempt's (the reaper resolved it
   * after a lease expiry, and maybe another claim runs it now), so its PowerShell must end without
   * touching the job again.
   */
  actions: (HeldLease & { action: HeldJobAction })[];
}

/** Extends the leases of all jobs a worker runs, in one statement, and reports pending actions. */
export async function renewLeases(db: DbOrTx, workerId: string, held: readonly HeldLease[]): Promise<LeaseRenewal> {
  if (held.length === 0) return { renewed: [], actions: [] };
  const rows = await db.job.updateManyAndReturn({
    where: { OR: held.map((h) => ({ id: h.jobId, attempts: h.attempt })), workerId, status: { in: [...activeStatuses] } },
    data: { leaseExpiresAt: leaseUntil() },
    select: { id: true, attempts: true, status: true },
  });
  // The same job may be held twice here: by a run the reaper gave up on and by the claim that followed.
  const kept = new Set(rows.map((r) => `${r.id}#${r.attempts}`));
  const actions: LeaseRenewal["actions"] = held.filter((h) => !kept.has(`${h.jobId}#${h.attempt}`)).map((h) => ({ jobId: h.jobId, attempt: h.attempt, action: "lost" as const }));
  for (const row of rows) {
    if (!isJobStatus(row.status)) continue;
    if (row.status === "Stopping") actions.push({ jobId: row.id, attempt: row.attempts, action: "stop" });
    if (row.status === "Suspending") actions.push({ jobId: row.id, attempt: row.attempts, action: "suspend" });
  }
  return { renewed: rows.map((r) => r.id), actions };
}
