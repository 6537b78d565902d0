import type { Db } from "@/lib/db";
import type { PurgeSummary } from "./run-retention";

/** The latest retention run, read back from its audit event (written after the audit purge, so it survives it). */
export async function lastPurge(db: Db): Promise<PurgeSummary | null> {
  const event = await db.auditEvent.findFirst({ where: { action: "retention.purge" }, orderBy: { id: "desc" }, select: { at: true, details: true } });
  if (!event) return null;
  const d = (event.details ?? {}) as Record<string, unknown>;
  const count = (v: unknown) => (typeof v === "number" ? v : 0);
  return {
    at: typeof d.startedAt === "string" ? d.startedAt : event.at.toISOString(),
    trigger: d.trigger === "manual" ? "manual" : "scheduled",
    jobsDeleted: count(d.jobsDeleted),
    auditEventsDeleted: count(d.auditEventsDeleted),
    durationMs: count(d.durationMs),
    interrupted: d.interrupted === true,
  };
}
