import { z } from "zod";

/** Route params of /api/v1/jobs/{jobId}/…; a malformed id is simply a job that does not exist. */
export const jobIdParamsSchema = z.object({ jobId: z.string().min(1).max(64) });
