import crypto from "node:crypto";
import { actingAs } from "@/lib/audit/testing/acting-as";
import type { Db } from "@/lib/db";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createSchedule } from "../create-schedule";
import { linkRunbook } from "../link-runbook";
import type { ScheduleView } from "../schedule-view";
import { createScheduleSchema, updateScheduleSchema } from "../schemas";
import { updateSchedule } from "../update-schedule";

const by = actingAs("tester");

/**
 * A disabled one-time schedule with `links` published runbooks linked. Linking checks the parameters
 * with PowerShell, which can take seconds on a busy machine, so a test links first and then enables
 * the schedule for an instant close ahead (`enableScheduleAt`): an occurrence that came before its
 * link would start nothing.
 */
export async function linkedSchedule(db: Db, options: { links?: number; content?: string } = {}): Promise<ScheduleView> {
  const input = { name: `soon-${crypto.randomBytes(4).toString("hex")}`, kind: "once", startAt: new Date(Date.now() + 3_600_000).toISOString(), enabled: false };
  const schedule = await createSchedule(db, createScheduleSchema.parse(input), by);
  for (let i = 0; i < (options.links ?? 1); i++) {
    const runbook = await createPublishedRunbook(db, { content: options.content ?? "out scheduled" });
    await linkRunbook(db, schedule.id, { runbookId: runbook.id }, by);
  }
  return schedule;
}

/** Enables a schedule made by `linkedSchedule` with its one occurrence at `at`. */
export function enableScheduleAt(db: Db, scheduleId: string, at: Date): Promise<ScheduleView> {
  return updateSchedule(db, scheduleId, updateScheduleSchema.parse({ enabled: true, startAt: at.toISOString() }), by);
}

/** A one-time schedule whose occurrence comes `inMs` from now, with its runbooks linked. */
export async function scheduleSoon(db: Db, inMs: number, options: { links?: number; content?: string } = {}): Promise<ScheduleView> {
  const schedule = await linkedSchedule(db, options);
  return enableScheduleAt(db, schedule.id, new Date(Date.now() + inMs));
}
