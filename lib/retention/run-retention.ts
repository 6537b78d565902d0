import { z } from "zod";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { getSettings } from "@/lib/settings/get-settings";
import { leaseHolder, releaseLease, renewLease, takeLease } from "./maintenance-lease";
import { purgeAuditEvents } from "./purge-audit-events";
import { purgeJobs } from "./purge-jobs";

export const retentionLease = "retention";
/** Scheduled purges run this often, whichever process takes the lease. */
const retentionIntervalMs = 60 * 60 * 1000;
/** After a run that failed or was interrupted, the next one is due this soon. */
const retryMs = 5 * 60 * 1000;
/** A holder that stops renewing (it died) loses the lease after this long. */
const holdMs = 2 * 60 * 1000;

export interface RetentionRun {
  actor: AuditActor;
  /** Unique per process: who holds the lease while this run works. */
  holder: string;
  trigger: "scheduled" | "manual";
  sourceAddress?: string | null;
  now?: Date;
  pauseMs?: number;
  /** Stops the run after its current batch; what was deleted so far is still recorded. */
  signal?: AbortSignal;
}

export const purgeSummaryView = z.object({
  at: z.string().describe("When the run started."),
  trigger: z.enum(["scheduled", "manual"]),
  jobsDeleted: z.number().int(),
  auditEventsDeleted: z.number().int(),
  durationMs: z.number(),
  interrupted: z.boolean().describe("True when the run was stopped before it finished."),
});
export type PurgeSummary = z.infer<typeof purgeSummaryView>;

/**
 * One retention pass under the maintenance lease: deletes jobs and audit events past the admin
 * settings' limits and records one `retention.purge` event with the counts. A scheduled run that is
 * not due, or finds another run in progress, returns null; a manual run in that case is a conflict.
 * The next scheduled run is due an interval after this one ends, whatever triggered it.
 */
export async function runRetention(db: Db, run: RetentionRun): Promise<PurgeSummary | null> {
  const started = run.now ?? new Date();
  const taken = await takeLease(db, retentionLease, run.holder, { due: run.trigger === "scheduled" ? "scheduled" : "now", holdMs, now: started });
  if (!taken) {
    if (run.trigger === "scheduled") return null;
    const holder = await leaseHolder(db, retentionLease);
    throw conflict(`A purge is already running${holder ? ` (${holder})` : ""}; try again when it has finished`);
  }
  let summary: PurgeSummary | null = null;
  try {
    summary = await purgeUnderLease(db, run, started);
    return summary;
  } finally {
    const next = summary && !summary.interrupted ? retentionIntervalMs : retryMs;
    await releaseLease(db, retentionLease, run.holder, new Date(Date.now() + next));
  }
}

async function purgeUnderLease(db: Db, run: RetentionRun, started: Date): Promise<PurgeSummary> {
  const clock = performance.now();
  const settings = await getSettings(db);
  const batch = {
    now: started,
    pauseMs: run.pauseMs,
    signal: run.signal,
    afterBatch: async () => {
      if (!(await renewLease(db, retentionLease, run.holder, holdMs))) throw new Error("The retention lease lapsed and another process took it over");
    },
  };
  const { jobsDeleted } = await purgeJobs(db, { ...batch, retentionDays: settings.jobRetentionDays, maxJobRecords: settings.maxJobRecords });
  const { auditEventsDeleted } = await purgeAuditEvents(db, { ...batch, retentionDays: settings.auditRetentionDays });
  const summary: PurgeSummary = {
    at: started.toISOString(),
    trigger: run.trigger,
    jobsDeleted,
    auditEventsDeleted,
    durationMs: Math.round(performance.now() - clock),
    interrupted: run.signal?.aborted ?? false,
  };
  await recordAuditEvent(db, {
    actor: run.actor,
    action: "retention.purge",
    target: { type: "settings", id: "1", name: "Retention" },
    sourceAddress: run.sourceAddress,
    details: {
      trigger: run.trigger,
      startedAt: summary.at,
      jobsDeleted,
      auditEventsDeleted,
      durationMs: summary.durationMs,
      interrupted: summary.interrupted,
      jobRetentionDays: settings.jobRetentionDays,
      maxJobRecords: settings.maxJobRecords,
      auditRetentionDays: settings.auditRetentionDays,
    },
  });
  return summary;
}
