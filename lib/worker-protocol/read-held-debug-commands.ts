import type { DbOrTx } from "@/lib/db";
import type { DebugCommand } from "@/lib/debug/debug-protocol";
import { readDebugCommands } from "@/lib/debug/read-debug-commands";
import { AppError } from "@/lib/errors";
import { heldAttemptWhere } from "@/lib/jobs/held-attempt";
import type { HeldJob } from "@/lib/queue/held-job";

/**
 * The debug session's undelivered commands (lib/debug/read-debug-commands.ts) for the worker that
 * holds the job's attempt. readDebugCommands reads by job alone, which is enough for a worker on the
 * database; over the protocol a token may name any job, so the hold is checked first.
 */
export async function readHeldDebugCommands(db: DbOrTx, held: HeldJob, handed: readonly number[]): Promise<{ id: number; command: DebugCommand | null }[]> {
  const holding = await db.job.count({ where: heldAttemptWhere(held) });
  if (holding === 0) throw new AppError("conflict", `Job ${held.jobId} is no longer held by attempt ${held.attempt} of this worker`);
  return readDebugCommands(db, held.jobId, new Set(handed));
}
