import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { VariableType } from "./schemas";
import { variableValueColumns } from "./variable-values";

/** Set-AutomationVariable: replaces only the value (type-checked), attributed to the job that set it. */
export async function setVariableValue(db: Db, ring: KeyRing, name: string, value: unknown, actor: Principal): Promise<void> {
  await db.$transaction(async (tx) => {
    const ref = await findAssetByNameOrThrow(tx, "variable", name);
    const current = await tx.variable.findUniqueOrThrow({ where: { id: ref.id } });
    await tx.variable.update({
      where: { id: ref.id },
      data: { ...variableValueColumns(ring, current.id, current.type as VariableType, current.isEncrypted, value), updatedBy: actor.name },
    });
    await recordAssetAudit(tx, actor, "variable.set-value", { kind: "variable", id: ref.id, name: ref.name });
  });
}
