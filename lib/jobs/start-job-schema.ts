import { z } from "zod";
import { jsonValueSchema } from "@/lib/input/storable-input";
import { workerGroupNameSchema } from "@/lib/workers/worker-group-schemas";

/** A job's parameters by name, each a JSON value a job can bind (a start, a schedule link, a webhook, a child start). */
export const jobParametersSchema = z.record(z.string().min(1, "parameter names must not be empty"), jsonValueSchema);

/** What starts a job: its parameters and run-on group (also a schedule link's, a test run's). */
export const startJobSchema = z
  .object({
    parameters: jobParametersSchema.optional(),
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
/** Body of POST /api/v1/runbooks/{runbookId}/draft/test: a start, plus which extra streams to capture. */
export const testDraftSchema = startJobSchema.extend({ verbose: z.boolean().default(false), debug: z.boolean().default(false) });
export type TestDraftInput = z.input<typeof testDraftSchema>;
