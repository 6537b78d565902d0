import crypto from "node:crypto";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { certificateColumns } from "./certificate-columns";
import { toCertificateView, type CertificateView } from "./certificate-view";
import { assertAssetNameFree } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { CreateCertificateInput } from "./schemas";

export async function createCertificate(db: Db, ring: KeyRing, input: CreateCertificateInput, actor: Principal): Promise<CertificateView> {
  // The id is chosen here because the envelopes' AAD names it before the row exists.
  const id = crypto.randomUUID();
  const columns = certificateColumns(ring, id, input.data, input.password);
  const row = await db.$transaction(async (tx) => {
    await assertAssetNameFree(tx, "certificate", input.name);
    const created = await tx.certificate.create({
      data: { id, name: input.name, description: input.description, exportable: input.exportable, ...columns, createdBy: actor.name, updatedBy: actor.name },
    });
    await recordAssetAudit(tx, actor, "certificate.create", { kind: "certificate", id, name: created.name }, { thumbprint: created.thumbprint });
    return created;
  });
  return toCertificateView(row);
}
