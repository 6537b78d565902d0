import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The worker group every worker joins unless configured otherwise; it always exists implicitly. */
export const defaultWorkerGroup = "default";

/** A job aimed at a group that does not exist would wait forever; refuse the typo instead. */
export async function assertWorkerGroupExists(db: DbOrTx, runOn: string, field = "runOn"): Promise<void> {
  if (runOn === defaultWorkerGroup) return;
  if (await db.workerGroup.findUnique({ where: { name: runOn }, select: { id: true } })) return;
  throw new AppError("validation_failed", `There is no worker group named '${runOn}'`, { field });
}
