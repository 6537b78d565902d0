import { z } from "zod";
import { jsonValueSchema } from "@/lib/input/storable-input";
import { jobParametersSchema } from "@/lib/jobs/start-job-schema";
import { workerGroupNameSchema } from "@/lib/workers/worker-group-schemas";
import { runbookNameSchema } from "@/lib/runbooks/schemas";

/** Body of Set-AutomationCheckpoint. */
export const saveCheckpointSchema = z.object({ state: jsonValueSchema }).strict();
/** The body limit of Set-AutomationCheckpoint: a state at the checkpoint limit grows when JSON-escaped. */
export const checkpointBodyLimitBytes = 2 * 1024 * 1024;

/** Body of Start-AutomationRunbook. */
export const startChildJobSchema = z
  .object({
    name: runbookNameSchema,
    parameters: jobParametersSchema.optional(),
    runOn: workerGroupNameSchema.optional(),
  })
  .strict();
export type StartChildJobInput = z.infer<typeof startChildJobSchema>;

export const childJobParamsSchema = z.object({ jobId: z.uuid("must be a job id") });
