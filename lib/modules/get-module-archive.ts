import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findModuleVersionOrThrow } from "./find-module-version";

/** The stored .zip of one version, as uploaded. */
export async function getModuleArchive(db: DbOrTx, name: string, version: string): Promise<{ fileName: string; sha256: string; archive: Uint8Array }> {
  const found = await findModuleVersionOrThrow(db, name, version);
  const row = await db.moduleVersion.findUnique({ where: { id: found.version.id }, select: { archive: true, sha256: true } });
  if (!row) throw notFound(`Version ${version} of module ${name}`);
  return { fileName: `${name}-${version}.zip`, sha256: row.sha256, archive: row.archive };
}
