import type { Principal } from "@/lib/auth/principal";
import { open, seal } from "@/lib/crypto/secret-box";
import type { Db } from "@/lib/db";
import { connectionTypeFields } from "./connection-type-view";
import { mergeConnectionValues, splitSecretValues, type FieldValues } from "./connection-values";
import { toConnectionView, type ConnectionView } from "./connection-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { UpdateConnectionInput } from "./schemas";
import { aad } from "./sealed-columns";

/**
 * Updates description and/or field values. Values merge field by field, so a secret left out of the
 * request is kept: it is opened and sealed again with the other secrets under the current key.
 */
export async function updateConnection(db: Db, ring: KeyRing, name: string, input: UpdateConnectionInput, actor: Principal): Promise<ConnectionView> {
  const row = await db.$transaction(async (tx) => {
    const ref = await findAssetByNameOrThrow(tx, "connection", name);
    const current = await tx.connection.findUniqueOrThrow({ where: { id: ref.id }, include: { connectionType: true } });
    let valueColumns = {};
    if (input.values !== undefined) {
      const fields = connectionTypeFields(current.connectionType);
      const storedSecrets: FieldValues = current.encryptedSecrets ? JSON.parse(open(ring.all, current.encryptedSecrets, aad.connectionSecrets(ref.id))) : {};
      const stored: FieldValues = { ...(current.values as FieldValues), ...storedSecrets };
      const { plain, secrets } = splitSecretValues(fields, mergeConnectionValues(current.connectionType.name, fields, stored, input.values));
      valueColumns = {
        values: plain,
        encryptedSecrets: Object.keys(secrets).length > 0 ? seal(ring.current, JSON.stringify(secrets), aad.connectionSecrets(ref.id)) : null,
      };
    }
    const updated = await tx.connection.update({
      where: { id: ref.id },
      data: { ...(input.description !== undefined ? { description: input.description } : {}), ...valueColumns, updatedBy: actor.name },
      include: { connectionType: true },
    });
    const changed = [...(input.description !== undefined ? ["description"] : []), ...Object.keys(input.values ?? {}).map((k) => `values.${k}`)];
    await recordAssetAudit(tx, actor, "connection.update", { kind: "connection", id: ref.id, name: ref.name }, { changed });
    return updated;
  });
  return toConnectionView(row);
}
