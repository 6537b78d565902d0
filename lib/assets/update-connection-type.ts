import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toConnectionTypeView, type ConnectionTypeView } from "./connection-type-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import { recordAssetAudit } from "./record-asset-audit";
import type { UpdateConnectionTypeInput } from "./schemas";

/**
 * Updates a connection type. Its fields can change only while no connection uses it: existing
 * connections were validated against the old fields, and a field turning secret (or back) would
 * move values between the plain and the sealed column without anyone re-entering them.
 */
export async function updateConnectionType(db: Db, name: string, input: UpdateConnectionTypeInput, actor: Principal): Promise<ConnectionTypeView> {
  const row = await db.$transaction(async (tx) => {
    const ref = await findAssetByNameOrThrow(tx, "connectionType", name);
    if (input.fields !== undefined) {
      const used = await tx.connection.count({ where: { connectionTypeId: ref.id } });
      if (used > 0) {
        throw new AppError("conflict", `Connection type '${ref.name}' is used by ${used} connection${used > 1 ? "s" : ""}; its fields cannot change`, { field: "fields" });
      }
    }
    const updated = await tx.connectionType.update({
      where: { id: ref.id },
      data: {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.fields !== undefined ? { fields: input.fields } : {}),
        updatedBy: actor.name,
      },
    });
    const changed = (["description", "fields"] as const).filter((k) => input[k] !== undefined);
    await recordAssetAudit(tx, actor, "connectionType.update", { kind: "connectionType", id: ref.id, name: ref.name }, { changed });
    return updated;
  });
  return toConnectionTypeView(row);
}
