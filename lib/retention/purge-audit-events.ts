import type { Db } from "@/lib/db";
import { dayMs, defaultPauseMs, pause, type BatchOptions } from "./batching";

export interface PurgeAuditEventsOptions extends BatchOptions {
  /** Events older than this many days go. */
  retentionDays: number;
  now?: Date;
}

const defaultBatchSize = 2_000;

/** Deletes audit events older than the retention period, oldest first, in small batches. */
export async function purgeAuditEvents(db: Db, options: PurgeAuditEventsOptions): Promise<{ auditEventsDeleted: number; batches: number }> {
  const before = new Date((options.now ?? new Date()).getTime() - options.retentionDays * dayMs);
  const batchSize = options.batchSize ?? defaultBatchSize;
  let auditEventsDeleted = 0;
  let batches = 0;
  while (!options.signal?.aborted) {
    const ids = (await db.auditEvent.findMany({ where: { at: { lt: before } }, select: { id: true }, orderBy: { id: "asc" }, take: batchSize })).map((e) => e.id);
    if (ids.length === 0) break;
    const deleted = await db.auditEvent.deleteMany({ where: { id: { in: ids } } });
    auditEventsDeleted += deleted.count;
    batches++;
    await options.afterBatch?.();
    await pause(options.pauseMs ?? defaultPauseMs);
  }
  return { auditEventsDeleted, batches };
}
