import type { DbOrTx } from "@/lib/db";
import { appendJobStreams, type AppendRecord, type AppendResult } from "@/lib/jobs/append-job-streams";
import { loadJobLimits } from "@/lib/jobs/load-job-limits";
import type { HeldJob } from "@/lib/queue/held-job";

/**
 * A remote worker's batch of an attempt's records, stored at `firstIndex` (lib/jobs/append-job-streams.ts).
 * The output cap is the one prepareClaimedJob gives a worker (the admin setting), read here: the
 * server decides it, whatever the worker was told.
 */
export async function appendHeldStreams(db: DbOrTx, held: HeldJob, records: readonly AppendRecord[], firstIndex: number): Promise<AppendResult> {
  const { maxJobOutputBytes } = await loadJobLimits(db);
  return appendJobStreams(db, held.jobId, records, maxJobOutputBytes, { held, firstIndex });
}
