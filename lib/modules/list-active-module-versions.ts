import type { DbOrTx } from "@/lib/db";

export interface ActiveModuleVersion {
  name: string;
  versionId: string;
  version: string;
  /** Of the uploaded .zip; a worker keeps its copy in a directory named by it. */
  sha256: string;
}

/** The active version of every module that has one, by module name: what each job imports. */
export async function listActiveModuleVersions(db: DbOrTx): Promise<ActiveModuleVersion[]> {
  const rows = await db.integrationModule.findMany({
    where: { activeVersionId: { not: null } },
    select: { name: true, activeVersion: { select: { id: true, version: true, sha256: true } } },
    orderBy: { name: "asc" },
  });
  return rows.flatMap(({ name, activeVersion: v }) => (v ? [{ name, versionId: v.id, version: v.version, sha256: v.sha256 }] : []));
}
