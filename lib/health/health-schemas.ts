import { z } from "zod";

/** GET /api/v1/health: the process is up and answering; nothing else is consulted. */
export const livenessViewSchema = z.object({ status: z.literal("ok") });

/** GET /api/v1/health/ready: 200 when ready, 503 with the same shape when not. */
export const readinessViewSchema = z.object({
  status: z.enum(["ready", "not_ready"]),
  database: z.enum(["ok", "unreachable", "timeout"]).describe("`unreachable`: the query failed; `timeout`: no answer within 2 s."),
  databaseMs: z.number().int().optional().describe("The database's round trip for `SELECT 1`, when it answered."),
});
export type ReadinessView = z.infer<typeof readinessViewSchema>;
