import { z } from "zod";
import { workerGroupNameSchema } from "@/lib/workers/worker-group-schemas";


/** Body of POST /api/v1/runbooks/{runbookId}/jobs, shared by the route and the portal's start form. */
export const startJobSchema = z
  .object({
    parameters: z.record(z.string().min(1, "parameter names must not be empty"), z.unknown()).optional(),
    runOn: workerGroupNameSchema.optional(),
  })
  .strict();
export type StartJobInput = z.infer<typeof startJobSchema>;

/** Body of POST /api/v1/runbooks/{runbookId}/draft/test: a start, plus which extra streams to capture. */
export const testDraftSchema = startJobSchema.extend({ verbose: z.boolean().default(false), debug: z.boolean().default(false) });
export type TestDraftInput = z.input<typeof testDraftSchema>;
