import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A checkpoint is a resume point, not a data store; this keeps a runaway loop from bloating the row. */
const maxCheckpointBytes = 1024 * 1024;

/** Get-AutomationCheckpoint's answer; both null before the first checkpoint. */
export const jobCheckpointView = z.object({ state: z.unknown().describe("The saved state, any JSON; null before the first checkpoint."), updatedAt: z.string().nullable() });
export type JobCheckpointView = z.infer<typeof jobCheckpointView>;

/** Set-AutomationCheckpoint's answer. */
export const savedCheckpointView = z.object({ updatedAt: z.string().nullable().describe("Null when the checkpoint was cleared.") });
export type SavedCheckpoint = z.infer<typeof savedCheckpointView>;

/**
 * Set-AutomationCheckpoint: stores the job's own state (any JSON) for Get-AutomationCheckpoint after
 * a suspend/resume; null clears it. The job id comes from the caller's token, so a job can only
 * write its own. JobCheckpoint.state holds the value as is, which is what the engine hands the
 * resumed job (JobSpec.checkpoint).
 */
export async function saveJobCheckpoint(db: DbOrTx, jobId: string, state: unknown): Promise<SavedCheckpoint> {
  if (state === undefined) throw new AppError("validation_failed", "state: is required (send null to clear the checkpoint)", { field: "state" });
  if (state === null) {
    await db.jobCheckpoint.deleteMany({ where: { jobId } });
    return { updatedAt: null };
  }
  const size = Buffer.byteLength(JSON.stringify(state), "utf8");
  if (size > maxCheckpointBytes) throw new AppError("payload_too_large", `state: checkpoint is ${size} bytes; at most ${maxCheckpointBytes} are kept`, { field: "state" });
  const json = state as Prisma.InputJsonValue;
  const row = await db.jobCheckpoint.upsert({ where: { jobId }, create: { jobId, state: json }, update: { state: json } });
  return { updatedAt: row.updatedAt.toISOString() };
}

/** Get-AutomationCheckpoint: the job's last saved state, or null when there is none. */
export async function getJobCheckpoint(db: DbOrTx, jobId: string): Promise<JobCheckpointView> {
  const row = await db.jobCheckpoint.findUnique({ where: { jobId } });
  return row ? { state: row.state, updatedAt: row.updatedAt.toISOString() } : { state: null, updatedAt: null };
}
