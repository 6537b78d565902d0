import type { DbOrTx } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";

export interface JobLimits {
  defaultJobTimeoutSeconds: number;
  maxJobOutputBytes: number;
  outputWidth: number;
  /** How long a debug session may sit paused with no command before the worker stops it. */
  debugIdleTimeoutSeconds: number;
}

/** The admin settings the job engine obeys. */
export async function loadJobLimits(db: DbOrTx): Promise<JobLimits> {
  const { defaultJobTimeoutSeconds, maxJobOutputBytes, outputWidth, debugIdleTimeoutMinutes } = await getSettings(db);
  return { defaultJobTimeoutSeconds, maxJobOutputBytes, outputWidth, debugIdleTimeoutSeconds: debugIdleTimeoutMinutes * 60 };
}
