import { z } from "zod";
import { variableTypes } from "@/lib/assets/schemas";
import type { Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import type { KeyRing } from "@/lib/assets/key-ring-for-process";
import { recordAssetAudit } from "@/lib/assets/record-asset-audit";
import { revealVariable } from "@/lib/assets/reveal-variable";
import { maskValuesView, secretStrings } from "./secret-values";

/** What the job receives: the variable opened, and the strings its streams must mask. */
export const variableForJobView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(variableTypes),
  isEncrypted: z.boolean(),
  value: z.json().nullable().describe("The typed value, decrypted."),
  maskValues: maskValuesView,
});
export type VariableForJob = z.infer<typeof variableForJobView>;

/** Get-AutomationVariable: the typed value; an encrypted one is decrypted, audited and listed for masking. */
export async function getVariableForJob(db: DbOrTx, ring: KeyRing, name: string, job: Principal): Promise<VariableForJob> {
  const variable = await revealVariable(db, ring, name);
  if (!variable.isEncrypted) return { ...variable, maskValues: [] };
  await recordAssetAudit(db, job, "variable.reveal", { kind: "variable", id: variable.id, name: variable.name });
  return { ...variable, maskValues: secretStrings(variable.value) };
}
