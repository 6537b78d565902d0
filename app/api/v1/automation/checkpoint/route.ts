import { getJobCheckpoint, saveJobCheckpoint } from "@/lib/automation/job-checkpoint";
import { jobIdOf } from "@/lib/automation/job-id-of";
import { checkpointBodyLimitBytes, saveCheckpointSchema } from "@/lib/automation/schemas";
import { apiRoute, readJson } from "@/lib/http/api-route";

/** Get-AutomationCheckpoint: the calling job's own checkpoint (the token decides which job). */
export const GET = apiRoute("job", async ({ db, principal }) => getJobCheckpoint(db, jobIdOf(principal)));

/** Set-AutomationCheckpoint */
export const PUT = apiRoute("job", async ({ req, db, principal }) => {
  const { state } = await readJson(req, saveCheckpointSchema, checkpointBodyLimitBytes);
  return saveJobCheckpoint(db, jobIdOf(principal), state);
});
