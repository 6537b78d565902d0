import type { Principal } from "@/lib/auth/principal";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assetLabels, findAssetByNameOrThrow } from "./find-asset-by-name";
import { findAssetReferences } from "./find-asset-references";
import { recordAssetAudit } from "./record-asset-audit";

export type DeletableAssetKind = "variable" | "credential" | "connection" | "certificate";

const deleteRow: Record<DeletableAssetKind, (tx: Tx, id: string) => Promise<unknown>> = {
  variable: (tx, id) => tx.variable.delete({ where: { id } }),
  credential: (tx, id) => tx.credential.delete({ where: { id } }),
  connection: (tx, id) => tx.connection.delete({ where: { id } }),
  certificate: (tx, id) => tx.certificate.delete({ where: { id } }),
};

/**
 * Deletes an asset by name. While published runbooks still name it, the delete is refused (409,
 * listing them) unless forced: a deleted asset otherwise surfaces only as a failed job later.
 */
export async function deleteAsset(db: Db, kind: DeletableAssetKind, name: string, opts: { force: boolean }, actor: Principal): Promise<void> {
  await db.$transaction(async (tx) => {
    const ref = await findAssetByNameOrThrow(tx, kind, name);
    const references = await findAssetReferences(tx, kind, ref.name);
    if (references.length > 0 && !opts.force) {
      const list = references.map((r) => r.name).join(", ");
      throw new AppError(
        "conflict",
        `${assetLabels[kind]} '${ref.name}' is used by published runbook${references.length > 1 ? "s" : ""} ${list}; delete with ?force=true to delete it anyway`,
        { details: { referencedBy: references.map((r) => ({ id: r.id, name: r.name })) } },
      );
    }
    await deleteRow[kind](tx, ref.id);
    await recordAssetAudit(tx, actor, `${kind}.delete`, { kind, id: ref.id, name: ref.name }, references.length > 0 ? { forced: true, referencedBy: references.map((r) => r.name) } : undefined);
  });
}
