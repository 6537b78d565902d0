import type { DbOrTx } from "@/lib/db";

/** The stored .zip of a module version by its id; null when the version was deleted. */
export async function readVersionArchive(db: DbOrTx, versionId: string): Promise<Uint8Array | null> {
  const row = await db.moduleVersion.findUnique({ where: { id: versionId }, select: { archive: true } });
  return row?.archive ?? null;
}
