import crypto from "node:crypto";
import type { Principal } from "@/lib/auth/principal";
import { seal } from "@/lib/crypto/secret-box";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { connectionTypeFields } from "./connection-type-view";
import { mergeConnectionValues, splitSecretValues } from "./connection-values";
import { toConnectionView, type ConnectionView } from "./connection-view";
import { assertAssetNameFree, findAssetByName } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { CreateConnectionInput } from "./schemas";
import { aad } from "./sealed-columns";

export async function createConnection(db: Db, ring: KeyRing, input: CreateConnectionInput, actor: Principal): Promise<ConnectionView> {
  // The id is chosen here because the envelope's AAD names it before the row exists.
  const id = crypto.randomUUID();
  const row = await db.$transaction(async (tx) => {
    await assertAssetNameFree(tx, "connection", input.name);
    const typeRef = await findAssetByName(tx, "connectionType", input.connectionType);
    if (!typeRef) throw new AppError("validation_failed", `connectionType: no connection type named '${input.connectionType}'`, { field: "connectionType" });
    const type = await tx.connectionType.findUniqueOrThrow({ where: { id: typeRef.id } });
    const fields = connectionTypeFields(type);
    const { plain, secrets } = splitSecretValues(fields, mergeConnectionValues(type.name, fields, {}, input.values));
    const created = await tx.connection.create({
      data: {
        id,
        name: input.name,
        description: input.description,
        connectionTypeId: type.id,
        values: plain,
        encryptedSecrets: Object.keys(secrets).length > 0 ? seal(ring.current, JSON.stringify(secrets), aad.connectionSecrets(id)) : null,
        createdBy: actor.name,
        updatedBy: actor.name,
      },
      include: { connectionType: true },
    });
    await recordAssetAudit(tx, actor, "connection.create", { kind: "connection", id, name: created.name }, { connectionType: type.name, fields: Object.keys({ ...plain, ...secrets }) });
    return created;
  });
  return toConnectionView(row);
}
