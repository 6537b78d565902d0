import { z } from "zod";
import type { PurgeSummary } from "@/lib/retention/run-retention";
import { settingsSchema } from "@/lib/settings/schemas";
import type { SettingsResponse } from "@/lib/retention/settings-response";
import { viewSchema } from "./response-schemas";

export const purgeSummarySchema = viewSchema<PurgeSummary>()(
  z.object({
    at: z.string().describe("When the run started."),
    trigger: z.enum(["scheduled", "manual"]),
    jobsDeleted: z.number().int(),
    auditEventsDeleted: z.number().int(),
    durationMs: z.number(),
    interrupted: z.boolean().describe("True when the run was stopped before it finished."),
  }),
);

export const settingsResponseSchema = viewSchema<SettingsResponse>()(
  z.object({
    settings: settingsSchema.extend({ updatedAt: z.string(), updatedBy: z.string().nullable() }),
    lastPurge: purgeSummarySchema.nullable().describe("Null before the first purge."),
  }),
);
