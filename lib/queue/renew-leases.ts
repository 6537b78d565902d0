import type { DbOrTx } from "@/lib/db";
import { activeStatuses, isJobStatus } from "@/lib/job-lifecycle/statuses";
import { leaseUntil } from "./lease";

/** What the worker must do about a job it runs, learned at lease renewal. */
export type HeldJobAction = "stop" | "suspend" | "lost";

export interface LeaseRenewal {
  /** Jobs whose lease was extended. */
  renewed: string[];
  /**
   * Jobs that need the worker's attention: a stop or suspend asked through the API (the job is in
   * Stopping or Suspending), or "lost": the job is no longer this worker's (the reaper resolved it
   * after a lease expiry), so its PowerShell must end without touching the job again.
   */
  actions: { jobId: string; action: HeldJobAction }[];
}

/** Extends the leases of all jobs a worker runs, in one statement, and reports pending actions. */
export async function renewLeases(db: DbOrTx, workerId: string, jobIds: readonly string[]): Promise<LeaseRenewal> {
  if (jobIds.length === 0) return { renewed: [], actions: [] };
  const rows = await db.job.updateManyAndReturn({
    where: { id: { in: [...jobIds] }, workerId, status: { in: [...activeStatuses] } },
    data: { leaseExpiresAt: leaseUntil() },
    select: { id: true, status: true },
  });
  const held = new Set(rows.map((r) => r.id));
  const actions: LeaseRenewal["actions"] = jobIds.filter((id) => !held.has(id)).map((jobId) => ({ jobId, action: "lost" as const }));
  for (const row of rows) {
    if (!isJobStatus(row.status)) continue;
    if (row.status === "Stopping") actions.push({ jobId: row.id, action: "stop" });
    if (row.status === "Suspending") actions.push({ jobId: row.id, action: "suspend" });
  }
  return { renewed: rows.map((r) => r.id), actions };
}
