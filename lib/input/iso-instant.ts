import { z } from "zod";

export const isoInstantMessage = "must be an ISO 8601 date (2026-01-31, taken as UTC midnight) or date-time with an offset (2026-01-31T08:00:00Z)";

/**
 * A moment in a query string (`from`, `to`): strictly ISO 8601, a calendar date or a date-time with
 * its offset, never whatever `new Date()` would make of a string (it reads "' OR '1'='1" as 2001).
 */
export const isoInstantSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: isoInstantMessage })
  .describe("ISO 8601: a date (UTC midnight) or a date-time with its offset")
  .transform((s) => new Date(s));
