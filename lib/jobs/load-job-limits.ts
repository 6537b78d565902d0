import type { DbOrTx } from "@/lib/db";

export interface JobLimits {
  defaultJobTimeoutSeconds: number;
  maxJobOutputBytes: number;
}

/**
 * The admin settings the job engine obeys. The row is created with the schema's defaults on first
 * use, so the defaults live in one place (prisma/schema.base.prisma).
 */
export async function loadJobLimits(db: DbOrTx): Promise<JobLimits> {
  const select = { defaultJobTimeoutSeconds: true, maxJobOutputBytes: true } as const;
  const row = await db.adminSettings.findUnique({ where: { id: 1 }, select });
  if (row) return row;
  try {
    return await db.adminSettings.create({ data: { id: 1 }, select });
  } catch (err) {
    // Another process created it first.
    if ((err as { code?: string }).code !== "P2002") throw err;
    return db.adminSettings.findUniqueOrThrow({ where: { id: 1 }, select });
  }
}
