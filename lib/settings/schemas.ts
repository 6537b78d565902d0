import { z } from "zod";

const MiB = 1024 * 1024;

/** "1 day", "3,650 days". */
function amount(n: number, unit: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? unit : `${unit}s`}`;
}

function bounded(min: number, max: number, unit: string) {
  return z
    .number({ message: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${amount(min, unit)}`)
    .max(max, `must be at most ${amount(max, unit)}`);
}

/**
 * The admin settings (one row, AdminSettings id = 1). The bounds keep an admin from a setting that
 * would purge everything at once (0 days) or never let a job finish (a year-long timeout).
 */
export const settingsSchema = z.object({
  /** Finished jobs older than this (by end time) are deleted with their streams (SMA PurgeJobsOlderThanCountDays). */
  jobRetentionDays: bounded(1, 3650, "day"),
  /** Only the newest this many jobs are kept; older finished ones are deleted (SMA MaxJobRecords). */
  maxJobRecords: bounded(100, 10_000_000, "job"),
  /** A job runs at most this long unless its runbook says otherwise. */
  defaultJobTimeoutSeconds: bounded(60, 604_800, "second"),
  /** Stored output per job; records past it are dropped with one notice. */
  maxJobOutputBytes: bounded(MiB, 1024 * MiB, "byte"),
  auditRetentionDays: bounded(7, 3650, "day"),
  /** Columns of a job's console: PowerShell formats its output to this width ($Host.UI.RawUI reports it too). */
  outputWidth: bounded(40, 1000, "column"),
  /** A debug session paused this long with no command is stopped, so a forgotten session frees its worker. */
  debugIdleTimeoutMinutes: bounded(1, 1440, "minute"),
});
export type Settings = z.infer<typeof settingsSchema>;

/** PATCH /api/v1/settings: any subset of the settings. */
export const updateSettingsSchema = settingsSchema.partial().strict();
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;

export const settingNames = Object.keys(settingsSchema.shape) as (keyof Settings)[];
