import { z } from "zod";
import { moduleCommandSchema, type ModuleCommand } from "./inspect-module";

const moduleSummaryShape = {
  name: z.string(),
  description: z.string(),
  activeVersion: z.string().nullable(),
  commandCount: z.number().int().describe("Commands the active version exports."),
  versionCount: z.number().int(),
  updatedAt: z.string(),
};

const commands = z.array(moduleCommandSchema);

export const moduleSummaryView = z.object(moduleSummaryShape);
export type ModuleSummary = z.infer<typeof moduleSummaryView>;

export const moduleDetailView = z.object({ ...moduleSummaryShape, commands: commands.describe("Exported commands (activities) of the active version."), createdAt: z.string() });
export type ModuleDetail = z.infer<typeof moduleDetailView>;

export const moduleVersionView = z.object({
  version: z.string(),
  isActive: z.boolean(),
  sizeBytes: z.number().int().describe("Size of the uploaded .zip."),
  sha256: z.string().describe("SHA-256 of the uploaded .zip, hex."),
  commands,
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});
export type ModuleVersionView = z.infer<typeof moduleVersionView>;

/** ModuleVersion.commands as stored. */
export function storedCommands(value: unknown): ModuleCommand[] {
  const parsed = z.array(moduleCommandSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export const moduleRowSelect = {
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  activeVersion: { select: { version: true, commands: true } },
  _count: { select: { versions: true } },
} as const;

interface ModuleRow {
  name: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
  activeVersion: { version: string; commands: unknown } | null;
  _count: { versions: number };
}

export function toModuleSummary(row: ModuleRow): ModuleSummary {
  return {
    name: row.name,
    description: row.description,
    activeVersion: row.activeVersion?.version ?? null,
    commandCount: storedCommands(row.activeVersion?.commands).length,
    versionCount: row._count.versions,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toModuleDetail(row: ModuleRow): ModuleDetail {
  return { ...toModuleSummary(row), commands: storedCommands(row.activeVersion?.commands), createdAt: row.createdAt.toISOString() };
}
