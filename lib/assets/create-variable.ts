import crypto from "node:crypto";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { assertAssetNameFree } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { CreateVariableInput } from "./schemas";
import { variableValueColumns } from "./variable-values";
import { toVariableView, type VariableView } from "./variable-view";

/** Creates a variable; an encrypted one is sealed under the current key and bound to its row id. */
export async function createVariable(db: Db, ring: KeyRing, input: CreateVariableInput, actor: Principal): Promise<VariableView> {
  // The id is chosen here because the envelope's AAD names it before the row exists.
  const id = crypto.randomUUID();
  const columns = variableValueColumns(ring, id, input.type, input.isEncrypted, input.value);
  const row = await db.$transaction(async (tx) => {
    await assertAssetNameFree(tx, "variable", input.name);
    const created = await tx.variable.create({
      data: {
        id,
        name: input.name,
        description: input.description,
        type: input.type,
        isEncrypted: input.isEncrypted,
        ...columns,
        createdBy: actor.name,
        updatedBy: actor.name,
      },
    });
    await recordAssetAudit(tx, actor, "variable.create", { kind: "variable", id, name: created.name }, { type: input.type, isEncrypted: input.isEncrypted });
    return created;
  });
  return toVariableView(row);
}
