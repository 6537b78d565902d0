import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { toConnectionTypeView, type ConnectionTypeView } from "./connection-type-view";
import { assertAssetNameFree } from "./find-asset-by-name";
import { recordAssetAudit } from "./record-asset-audit";
import type { CreateConnectionTypeInput } from "./schemas";

export async function createConnectionType(db: Db, input: CreateConnectionTypeInput, actor: Principal): Promise<ConnectionTypeView> {
  const row = await db.$transaction(async (tx) => {
    await assertAssetNameFree(tx, "connectionType", input.name);
    const created = await tx.connectionType.create({
      data: { name: input.name, description: input.description, fields: input.fields, createdBy: actor.name, updatedBy: actor.name },
    });
    await recordAssetAudit(tx, actor, "connectionType.create", { kind: "connectionType", id: created.id, name: created.name }, { fields: input.fields.map((f) => f.name) });
    return created;
  });
  return toConnectionTypeView(row);
}
