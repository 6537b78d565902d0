import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { moduleRowSelect, toModuleDetail, type ModuleDetail } from "./module-views";

/** A module with its active version's commands. */
export async function getModule(db: DbOrTx, name: string): Promise<ModuleDetail> {
  const row = await db.integrationModule.findUnique({ where: { name }, select: moduleRowSelect });
  if (!row) throw notFound(`Module ${name}`);
  return toModuleDetail(row);
}

/** The module's id and active version id, or not_found naming it. */
export async function findModuleOrThrow(db: DbOrTx, name: string): Promise<{ id: string; name: string; activeVersionId: string | null }> {
  const row = await db.integrationModule.findUnique({ where: { name }, select: { id: true, name: true, activeVersionId: true } });
  if (!row) throw notFound(`Module ${name}`);
  return row;
}
