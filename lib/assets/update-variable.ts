import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { UpdateVariableInput, VariableType } from "./schemas";
import { variableValueColumns } from "./variable-values";
import { toVariableView, type VariableView } from "./variable-view";

/**
 * Updates a variable's description and/or value. The type and the encryption flag are fixed at
 * creation (as in Azure Automation): changing them would silently reinterpret or expose the value.
 */
export async function updateVariable(db: Db, ring: KeyRing, name: string, input: UpdateVariableInput, actor: Principal): Promise<VariableView> {
  const row = await db.$transaction(async (tx) => {
    const ref = await findAssetByNameOrThrow(tx, "variable", name);
    const current = await tx.variable.findUniqueOrThrow({ where: { id: ref.id } });
    const changed: string[] = [];
    if (input.description !== undefined) changed.push("description");
    if (input.value !== undefined) changed.push("value");
    const updated = await tx.variable.update({
      where: { id: ref.id },
      data: {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.value !== undefined ? variableValueColumns(ring, current.id, current.type as VariableType, current.isEncrypted, input.value) : {}),
        updatedBy: actor.name,
      },
    });
    await recordAssetAudit(tx, actor, "variable.update", { kind: "variable", id: ref.id, name: ref.name }, { changed });
    return updated;
  });
  return toVariableView(row);
}
