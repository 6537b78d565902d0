import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { settingsSchema } from "./schemas";

export const settingsView = settingsSchema.extend({ updatedAt: z.string(), updatedBy: z.string().nullable() });
export type SettingsView = z.infer<typeof settingsView>;

const select = {
  jobRetentionDays: true,
  maxJobRecords: true,
  defaultJobTimeoutSeconds: true,
  maxJobOutputBytes: true,
  auditRetentionDays: true,
  outputWidth: true,
  debugIdleTimeoutMinutes: true,
  updatedAt: true,
  updatedBy: true,
} as const;

/**
 * The admin settings. The row is created with the schema's defaults on first read, so the defaults
 * live in one place (prisma/schema.base.prisma).
 */
export async function getSettings(db: DbOrTx): Promise<SettingsView> {
  const row = (await db.adminSettings.findUnique({ where: { id: 1 }, select })) ?? (await createDefaults(db));
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

async function createDefaults(db: DbOrTx) {
  try {
    return await db.adminSettings.create({ data: { id: 1 }, select });
  } catch (err) {
    // Another process created it first.
    if ((err as { code?: string }).code !== "P2002") throw err;
    return db.adminSettings.findUniqueOrThrow({ where: { id: 1 }, select });
  }
}
