import crypto from "node:crypto";
import type { Principal } from "@/lib/auth/principal";
import { seal } from "@/lib/crypto/secret-box";
import type { Db } from "@/lib/db";
import { toCredentialView, type CredentialView } from "./credential-view";
import { assertAssetNameFree } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { CreateCredentialInput } from "./schemas";
import { aad } from "./sealed-columns";

export async function createCredential(db: Db, ring: KeyRing, input: CreateCredentialInput, actor: Principal): Promise<CredentialView> {
  // The id is chosen here because the envelope's AAD names it before the row exists.
  const id = crypto.randomUUID();
  const row = await db.$transaction(async (tx) => {
    await assertAssetNameFree(tx, "credential", input.name);
    const created = await tx.credential.create({
      data: {
        id,
        name: input.name,
        description: input.description,
        userName: input.userName,
        encryptedPassword: seal(ring.current, input.password, aad.credentialPassword(id)),
        createdBy: actor.name,
        updatedBy: actor.name,
      },
    });
    await recordAssetAudit(tx, actor, "credential.create", { kind: "credential", id, name: created.name }, { userName: input.userName });
    return created;
  });
  return toCredentialView(row);
}
