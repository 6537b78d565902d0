import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { certificateColumns } from "./certificate-columns";
import { toCertificateView, type CertificateView } from "./certificate-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { recordAssetAudit } from "./record-asset-audit";
import type { UpdateCertificateInput } from "./schemas";

/** Updates description/exportable, or replaces the certificate itself (a renewal) when data is sent. */
export async function updateCertificate(db: Db, ring: KeyRing, name: string, input: UpdateCertificateInput, actor: Principal): Promise<CertificateView> {
  const row = await db.$transaction(async (tx) => {
    const ref = await findAssetByNameOrThrow(tx, "certificate", name);
    const before = await tx.certificate.findUniqueOrThrow({ where: { id: ref.id }, select: { thumbprint: true } });
    const updated = await tx.certificate.update({
      where: { id: ref.id },
      data: {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.exportable !== undefined ? { exportable: input.exportable } : {}),
        ...(input.data !== undefined ? certificateColumns(ring, ref.id, input.data, input.password) : {}),
        updatedBy: actor.name,
      },
    });
    const changed = (["description", "exportable", "data"] as const).filter((k) => input[k] !== undefined);
    await recordAssetAudit(tx, actor, "certificate.update", { kind: "certificate", id: ref.id, name: ref.name }, {
      changed,
      ...(input.data !== undefined ? { previousThumbprint: before.thumbprint, thumbprint: updated.thumbprint } : {}),
    });
    return updated;
  });
  return toCertificateView(row);
}
