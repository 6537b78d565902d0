import type { Prisma } from "@/generated/postgresql/client";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { createQueuedJob, prepareJobStart, type PreparedJobStart, type StartJobOptions } from "@/lib/jobs/start-job";
import type { OccurrenceDecision } from "./list-occurrences";
import { occurrencesAfter, type ScheduleTiming } from "./occurrences";
import { scheduleTimingOf, scheduleTimingSelect } from "./schedule-view";
import type { MissedPolicy } from "./schemas";
import { describeError } from "@/lib/db/describe-error";

/** Schedules handled per tick; any more are due again at the next tick. */
const schedulesPerTick = 100;

export interface OccurrenceOutcome {
  scheduleId: string;
  runbookId: string;
  occurrenceAt: Date;
  decision: OccurrenceDecision;
  jobId: string | null;
}

export interface ScheduleTickOptions {
  now?: Date;
  log?: (message: string) => void;
}

const dueSelect = {
  id: true,
  name: true,
  ...scheduleTimingSelect,
  missedPolicy: true,
  nextRunAt: true,
  jobSchedules: { select: { id: true, runbookId: true, parameters: true, runOn: true, createdByUserId: true } },
} satisfies Prisma.ScheduleSelect;
type DueSchedule = Prisma.ScheduleGetPayload<{ select: typeof dueSelect }>;

/**
 * One scheduler pass: for every enabled schedule whose nextRunAt has come, decides each linked
 * runbook's occurrence, then moves nextRunAt past now. Safe to run from several workers at once:
 * each decision inserts its ScheduleOccurrence row and its job in one transaction, and the row's
 * unique key (link, occurrence) lets only one scheduler's transaction commit; the others' roll back.
 * When more than one occurrence passed unseen (downtime), the missed policy decides: run_once starts
 * one job for the latest, skip starts none. Returns the decisions this pass made.
 */
export async function runDueSchedules(db: Db, options: ScheduleTickOptions = {}): Promise<OccurrenceOutcome[]> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const due = await db.schedule.findMany({
    where: { enabled: true, nextRunAt: { lte: now } },
    orderBy: { nextRunAt: "asc" },
    take: schedulesPerTick,
    select: dueSelect,
  });
  const outcomes: OccurrenceOutcome[] = [];
  for (const schedule of due) {
    const { latest, missedCount, next } = dueOccurrences(scheduleTimingOf(schedule), schedule.nextRunAt!, now);
    const decision = decide(missedCount, schedule.missedPolicy as MissedPolicy);
    let allDecided = true;
    for (const link of schedule.jobSchedules) {
      try {
        const outcome = await decideOccurrence(db, schedule, link, latest, decision, missedCount);
        if (outcome) outcomes.push(outcome);
      } catch (err) {
        // Left undecided: nextRunAt stays, so the next pass tries this occurrence again.
        allDecided = false;
        log(`schedule ${schedule.name}: occurrence ${latest.toISOString()} of runbook ${link.runbookId} not decided: ${describeError(err)}`);
      }
    }
    if (!allDecided) continue;
    // Guarded by the nextRunAt read, so a concurrent edit of the schedule's timing is never overwritten.
    await db.schedule.updateMany({ where: { id: schedule.id, nextRunAt: schedule.nextRunAt }, data: { nextRunAt: next, lastRunAt: latest } });
  }
  return outcomes;
}

/** The latest occurrence that has come (nextRunAt or later), how many before it passed unrun, and the first still ahead. */
function dueOccurrences(timing: ScheduleTiming, nextRunAt: Date, now: Date): { latest: Date; missedCount: number; next: Date | null } {
  let latest = nextRunAt;
  let missedCount = 0;
  for (const at of occurrencesAfter(timing, nextRunAt)) {
    if (at.getTime() > now.getTime()) return { latest, missedCount, next: at };
    latest = at;
    missedCount++;
  }
  return { latest, missedCount, next: null };
}

function decide(missedCount: number, policy: MissedPolicy): OccurrenceDecision {
  if (missedCount === 0) return "started";
  return policy === "skip" ? "skipped_missed" : "started_missed";
}

/** Records one link's decision, starting its job in the same transaction; null when another scheduler decided first. */
async function decideOccurrence(
  db: Db,
  schedule: DueSchedule,
  link: DueSchedule["jobSchedules"][number],
  occurrenceAt: Date,
  decision: OccurrenceDecision,
  missedCount: number,
): Promise<OccurrenceOutcome | null> {
  let started: { jobId: string; runOn: string } | null = null;
  let final = decision;
  const start: StartJobOptions = {
    runbookId: link.runbookId,
    input: { parameters: jsonObject(link.parameters), ...(link.runOn ? { runOn: link.runOn } : {}) },
    startedBy: { kind: "schedule", scheduleId: schedule.id, actingUserId: link.createdByUserId, name: schedule.name },
  };
  // Checked before the transaction (PowerShell checks the parameters; no write lock meanwhile).
  // A runbook that cannot start (unpublished, a parameter no longer declared or now refused) is
  // decided as failed with the reason, not retried every pass.
  let prepared: PreparedJobStart | null = null;
  let refusal: AppError | null = null;
  if (decision !== "skipped_missed") {
    try {
      prepared = await prepareJobStart(db, start);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      refusal = err;
    }
  }
  try {
    await db.$transaction(async (tx) => {
      // First statement: a concurrent scheduler blocks on (or fails at) the unique key here.
      const row = await tx.scheduleOccurrence.create({
        data: { scheduleId: schedule.id, jobScheduleId: link.id, occurrenceAt, decision, missedCount },
        select: { id: true },
      });
      if (decision === "skipped_missed") return;
      try {
        if (refusal) throw refusal;
        started = await createQueuedJob(tx, prepared!, start);
        await tx.scheduleOccurrence.update({ where: { id: row.id }, data: { jobId: started.jobId } });
      } catch (err) {
        // A removed worker group is found inside the transaction; it fails the occurrence the same way.
        if (!(err instanceof AppError)) throw err;
        final = "failed";
        await tx.scheduleOccurrence.update({ where: { id: row.id }, data: { decision: "failed", reason: err.message } });
      }
    });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") return null;
    throw err;
  }
  const job = started as { jobId: string; runOn: string } | null;
  if (job) await notifyJobQueued(db, job.runOn);
  return { scheduleId: schedule.id, runbookId: link.runbookId, occurrenceAt, decision: final, jobId: job?.jobId ?? null };
}

function jsonObject(value: Prisma.JsonValue | null): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
