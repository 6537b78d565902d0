import { z } from "zod";

/** Worker group names: what BATON_WORKER_GROUP accepts and what a job's runOn may name. */
export const workerGroupNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must start with a letter or digit and use only letters, digits and . _ -");

/** What starts a job: its parameters and run-on group (also a schedule link's, a test run's). */
export const startJobSchema = z
  .object({
    parameters: z.record(z.string().min(1, "parameter names must not be empty"), z.unknown()).optional(),
    runOn: workerGroupNameSchema.optional(),
  })
  .strict();
export type StartJobInput = z.infer<typeof startJobSchema>;

/**
 * Body of POST /api/v1/runbooks/{runbookId}/jobs, shared by the route and the portal's Start and
 * Rerun dialogs: a start, optionally recorded as the rerun of an earlier job of the same runbook.
 */
export const startJobRequestSchema = startJobSchema.extend({ rerunOfJobId: z.uuid("must be a job id").optional() }).strict();
export type StartJobRequest = z.infer<typeof startJobRequestSchema>;
