import { z } from "zod";
import type { Variable } from "@/generated/postgresql/client";
import { auditedAssetShape } from "./audited-asset-shape";
import { parseStoredVariableValue } from "./variable-values";
import { variableTypes, type VariableType } from "./schemas";

/** What the API shows of a variable: an encrypted one never carries its value again. */
export const variableView = z.object({
  ...auditedAssetShape,
  type: z.enum(variableTypes),
  isEncrypted: z.boolean(),
  value: z.json().nullable().describe("The typed value; null when the variable is encrypted."),
});
export type VariableView = z.infer<typeof variableView>;

export function toVariableView(row: Variable): VariableView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    type: row.type as VariableType,
    isEncrypted: row.isEncrypted,
    value: row.isEncrypted || row.value === null ? null : parseStoredVariableValue(row.value),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
