import { z } from "zod";
import type { ModuleVersionDeletion } from "@/lib/modules/delete-module-version";
import { moduleCommandSchema } from "@/lib/modules/inspect-module";
import type { ModuleDetail, ModuleSummary, ModuleVersionView } from "@/lib/modules/module-views";
import { viewSchema } from "./response-schemas";

const moduleSummaryShape = {
  name: z.string(),
  description: z.string(),
  activeVersion: z.string().nullable(),
  commandCount: z.number().int().describe("Commands the active version exports."),
  versionCount: z.number().int(),
  updatedAt: z.string(),
};

const commands = z.array(moduleCommandSchema);

export const moduleSummarySchema = viewSchema<ModuleSummary>()(z.object(moduleSummaryShape));

export const moduleDetailSchema = viewSchema<ModuleDetail>()(
  z.object({ ...moduleSummaryShape, commands: commands.describe("Exported commands (activities) of the active version."), createdAt: z.string() }),
);

export const moduleVersionSchema = viewSchema<ModuleVersionView>()(
  z.object({
    version: z.string(),
    isActive: z.boolean(),
    sizeBytes: z.number().int().describe("Size of the uploaded .zip."),
    sha256: z.string().describe("SHA-256 of the uploaded .zip, hex."),
    commands,
    uploadedAt: z.string(),
    uploadedBy: z.string().nullable(),
  }),
);

export const moduleVersionDeletionSchema = viewSchema<ModuleVersionDeletion>()(
  z.object({ moduleDeleted: z.boolean().describe("True when this was the last version and the module went with it.") }),
);
