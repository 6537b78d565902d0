import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import { recordAssetAudit } from "./record-asset-audit";

/** A connection type in use cannot be deleted (the schema restricts it too); the 409 names the connections. */
export async function deleteConnectionType(db: Db, name: string, actor: Principal): Promise<void> {
  await db.$transaction(async (tx) => {
    const ref = await findAssetByNameOrThrow(tx, "connectionType", name);
    const users = await tx.connection.findMany({ where: { connectionTypeId: ref.id }, select: { name: true }, orderBy: { name: "asc" } });
    if (users.length > 0) {
      throw new AppError("conflict", `Connection type '${ref.name}' is used by connection${users.length > 1 ? "s" : ""} ${users.map((u) => u.name).join(", ")}; delete those first`);
    }
    await tx.connectionType.delete({ where: { id: ref.id } });
    await recordAssetAudit(tx, actor, "connectionType.delete", { kind: "connectionType", id: ref.id, name: ref.name });
  });
}
