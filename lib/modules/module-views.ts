import { z } from "zod";
import { moduleCommandSchema, type ModuleCommand } from "./inspect-module";

export interface ModuleSummary {
  name: string;
  description: string;
  activeVersion: string | null;
  commandCount: number;
  versionCount: number;
  updatedAt: string;
}

export interface ModuleDetail extends ModuleSummary {
  /** Exported commands ("activities") of the active version. */
  commands: ModuleCommand[];
  createdAt: string;
}

export interface ModuleVersionView {
  version: string;
  isActive: boolean;
  sizeBytes: number;
  sha256: string;
  commands: ModuleCommand[];
  uploadedAt: string;
  uploadedBy: string | null;
}

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
