import type { Principal } from "@/lib/auth/principal";
import { seal } from "@/lib/crypto/secret-box";
import type { Db } from "@/lib/db";
import { toCredentialView, type CredentialView } from "./credential-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { UpdateCredentialInput } from "./schemas";
import { aad } from "./sealed-columns";

/** Updates description, user name and/or password; an omitted password keeps the stored one. */
export async function updateCredential(db: Db, ring: KeyRing, name: string, input: UpdateCredentialInput, actor: Principal): Promise<CredentialView> {
  const row = await db.$transaction(async (tx) => {
    const ref = await findAssetByNameOrThrow(tx, "credential", name);
    const changed = (["description", "userName", "password"] as const).filter((k) => input[k] !== undefined);
    const updated = await tx.credential.update({
      where: { id: ref.id },
      data: {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.userName !== undefined ? { userName: input.userName } : {}),
        ...(input.password !== undefined ? { encryptedPassword: seal(ring.current, input.password, aad.credentialPassword(ref.id)) } : {}),
        updatedBy: actor.name,
      },
    });
    await recordAssetAudit(tx, actor, "credential.update", { kind: "credential", id: ref.id, name: ref.name }, { changed });
    return updated;
  });
  return toCredentialView(row);
}
