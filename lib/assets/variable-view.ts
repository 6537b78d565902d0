import type { Variable } from "@/generated/postgresql/client";
import { type VariableValue } from "./variable-value-schema";
import { parseStoredVariableValue } from "./variable-values";
import type { VariableType } from "./schemas";

/** What the API shows of a variable: an encrypted one never carries its value again. */
export interface VariableView {
  id: string;
  name: string;
  description: string;
  type: VariableType;
  isEncrypted: boolean;
  value: VariableValue | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

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
