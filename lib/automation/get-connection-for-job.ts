import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import type { KeyRing } from "@/lib/assets/key-ring-for-process";
import { recordAssetAudit } from "@/lib/assets/record-asset-audit";
import { revealConnection } from "@/lib/assets/reveal-connection";
import { maskValuesView, secretStrings } from "./secret-values";

/** What the job receives: the connection opened, and the strings its streams must mask. */
export const connectionForJobView = z.object({
  id: z.string(),
  name: z.string(),
  connectionType: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).describe("Every set field, secrets decrypted."),
  /** Names of the secret fields, so the caller knows which values to mask. */
  secretFields: z.array(z.string()),
  maskValues: maskValuesView,
});
export type ConnectionForJob = z.infer<typeof connectionForJobView>;

/** Get-AutomationConnection: every field with secrets opened; secret values are listed for masking. */
export async function getConnectionForJob(db: DbOrTx, ring: KeyRing, name: string, job: Principal): Promise<ConnectionForJob> {
  const connection = await revealConnection(db, ring, name);
  const secrets = connection.secretFields.map((f) => connection.values[f]);
  if (connection.secretFields.length > 0) {
    await recordAssetAudit(db, job, "connection.reveal", { kind: "connection", id: connection.id, name: connection.name });
  }
  return { ...connection, maskValues: secretStrings(secrets) };
}
