import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findModuleOrThrow } from "./get-module";

/** A module and one of its versions, or not_found naming what is missing. */
export async function findModuleVersionOrThrow(db: DbOrTx, name: string, version: string) {
  const found = await findModuleOrThrow(db, name);
  const row = await db.moduleVersion.findUnique({ where: { moduleId_version: { moduleId: found.id, version } }, select: { id: true, version: true } });
  if (!row) throw notFound(`Version ${version} of module ${name}`);
  return { module: found, version: row };
}
