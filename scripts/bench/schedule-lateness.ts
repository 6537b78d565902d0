import { actingAs } from "@/lib/audit/testing/acting-as";
import { createDb } from "@/lib/db/client";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { linkRunbook } from "@/lib/schedules/link-runbook";
import { createScheduleSchema } from "@/lib/schedules/schemas";
import { startWorker } from "@/worker/start-worker";
import { createScriptedRunner } from "@/worker/testing/scripted-runner";
import { percentiles, type Percentiles } from "./job-latency";

export interface ScheduleLateness {
  /** One-time schedules created about two seconds before their occurrence: the change reaches a sleeping scheduler. */
  newSchedule: Percentiles & { max: number };
  /** A cron schedule every 2 s, linked well before: the scheduler sleeps until each occurrence. */
  recurring: Percentiles & { max: number };
}

const by = actingAs("bench");

/**
 * Occurrence time → job created (ms), with one idle worker at its production timing. The worker's
 * group differs from the jobs' ("default"), so it only schedules and never runs them: the figures
 * are the scheduler's lateness alone.
 */
export async function benchScheduleLateness(url: string, samples: number): Promise<ScheduleLateness> {
  const { db } = createDb(url);
  const group = `bench-sched-${Date.now()}`;
  const worker = await startWorker({ db, databaseUrl: url, runner: createScriptedRunner(), name: `${group}-w`, group, capacity: 1, apiUrl: "http://127.0.0.1:1", version: "bench", log: () => {} });
  try {
    const rb = await createPublishedRunbook(db, { content: "out scheduled" });
    /** Polls until `found` yields a value (the scheduler under test writes it); fails after deadlineMs. */
    const waitFor = async <T>(what: string, deadlineMs: number, found: () => Promise<T | null>): Promise<T> => {
      const deadline = Date.now() + deadlineMs;
      for (;;) {
        const value = await found();
        if (value !== null) return value;
        if (Date.now() > deadline) throw new Error(`${what} within ${deadlineMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    /** When the job started for the first occurrence at or after `at` was created, or null before it is decided. */
    const jobCreatedFrom = async (scheduleId: string, at: number) => {
      const row = await db.scheduleOccurrence.findFirst({ where: { scheduleId, occurrenceAt: { gte: new Date(at) } }, orderBy: { occurrenceAt: "asc" }, select: { job: { select: { createdAt: true } } } });
      return row?.job?.createdAt.getTime() ?? null;
    };

    const fresh: number[] = [];
    for (let i = 0; i < samples; i++) {
      const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2_000);
      const schedule = await createSchedule(db, createScheduleSchema.parse({ name: `${group}-once-${i}`, kind: "once", startAt: at.toISOString() }), by);
      await linkRunbook(db, schedule.id, { runbookId: rb.id }, by);
      fresh.push((await waitFor(`no job for ${at.toISOString()}`, 60_000, () => jobCreatedFrom(schedule.id, at.getTime()))) - at.getTime());
    }

    // An even second: the cron's occurrences are then first, first + 2 s, …
    const first = new Date(Math.ceil(Date.now() / 2_000) * 2_000 + 2_000);
    const cron = await createSchedule(db, createScheduleSchema.parse({ name: `${group}-cron`, kind: "cron", cron: "*/2 * * * * *", startAt: first.toISOString() }), by);
    await linkRunbook(db, cron.id, { runbookId: rb.id }, by);
    // Every occurrence's job counts from the occurrence itself: a late scheduler's catch-up decision
    // ("started_missed") covers the occurrences before it, late by how far it missed them.
    const occurrences = Array.from({ length: samples }, (_, i) => first.getTime() + (i + 1) * 2_000);
    await waitFor("the recurring schedule's last sample was not decided", (samples + 1) * 2_000 + 30_000, () => jobCreatedFrom(cron.id, occurrences.at(-1)!));
    const recurring: number[] = [];
    for (const at of occurrences) recurring.push((await jobCreatedFrom(cron.id, at))! - at);
    const summary = (ms: number[]) => ({ ...percentiles(ms), max: Math.round(Math.max(...ms)) });
    return { newSchedule: summary(fresh), recurring: summary(recurring) };
  } finally {
    await worker.stop(0);
    await db.$disconnect();
  }
}
