import type { DbOrTx } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";

export interface JobLimits {
  defaultJobTimeoutSeconds: number;
  maxJobOutputBytes: number;
  outputWidth: number;
}

/** The admin settings the job engine obeys. */
export async function loadJobLimits(db: DbOrTx): Promise<JobLimits> {
  const { defaultJobTimeoutSeconds, maxJobOutputBytes, outputWidth } = await getSettings(db);
  return { defaultJobTimeoutSeconds, maxJobOutputBytes, outputWidth };
}
