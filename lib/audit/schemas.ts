import { z } from "zod";
import { isoInstantSchema } from "@/lib/input/iso-instant";

const optionalText = z.string().trim().max(128, "must be at most 128 characters").optional().transform((v) => v || undefined);

/** Filters shared by the audit page and `GET /api/v1/audit-events` (query string values). */
export const auditEventsQuerySchema = z.object({
  /** An action or its prefix, compared literally (`%` and `_` are characters): "user." matches every user action. */
  action: optionalText,
  actor: optionalText,
  targetType: optionalText,
  outcome: z.enum(["success", "failure"], { message: "must be success or failure" }).optional(),
  from: isoInstantSchema.optional(),
  to: isoInstantSchema.optional(),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(500, "must be at most 500 characters").optional(),
  /** `-at` (default) lists newest first, `at` oldest first. */
  sort: z.enum(["-at", "at"], { message: "must be -at or at" }).default("-at"),
  limit: z.coerce.number().int().min(1, "must be at least 1").max(500, "must be at most 500").default(100),
  format: z.enum(["json", "csv"], { message: "must be json or csv" }).default("json"),
});
export type AuditEventsQuery = z.infer<typeof auditEventsQuerySchema>;
