import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import type { KeyRing } from "@/lib/assets/key-ring-for-process";
import { recordAssetAudit } from "@/lib/assets/record-asset-audit";
import { revealCredential } from "@/lib/assets/reveal-credential";
import { maskValuesView } from "./secret-values";

/** What the job receives: the credential opened, and the strings its streams must mask. */
export const credentialForJobView = z.object({ id: z.string(), name: z.string(), userName: z.string(), password: z.string().describe("Decrypted."), maskValues: maskValuesView });
export type CredentialForJob = z.infer<typeof credentialForJobView>;

/** Get-AutomationPSCredential: user name and password; the read is audited and the password listed for masking. */
export async function getCredentialForJob(db: DbOrTx, ring: KeyRing, name: string, job: Principal): Promise<CredentialForJob> {
  const credential = await revealCredential(db, ring, name);
  await recordAssetAudit(db, job, "credential.reveal", { kind: "credential", id: credential.id, name: credential.name });
  return { ...credential, maskValues: [credential.password] };
}
