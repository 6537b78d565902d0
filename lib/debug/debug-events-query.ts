import { z } from "zod";

/** Query of GET /api/v1/jobs/{jobId}/debug/events: events after the message id `after` (a Last-Event-ID header wins). */
export const debugEventsQuerySchema = z.object({ after: z.coerce.number().int().min(0).optional() }).strict();
