import { z } from "zod";

/** Query of GET /api/v1/jobs/{jobId}/streams/live: records after `after` (a Last-Event-ID header wins). */
export const liveStreamQuerySchema = z.object({ after: z.coerce.number().int().min(0).optional() }).strict();
