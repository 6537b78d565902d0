import { seal } from "@/lib/crypto/secret-box";
import { AppError } from "@/lib/errors";
import type { KeyRing } from "./key-ring-for-process";
import type { VariableType } from "./schemas";
import { aad } from "./sealed-columns";
import { variableValueSchemas, type VariableValue } from "./variable-value-schema";

function invalid(message: string): AppError {
  return new AppError("validation_failed", `value: ${message}`, { field: "value" });
}

/**
 * Checks a value against the variable's type and returns it normalised (datetimes become
 * ISO-8601 UTC). Stored as JSON text, so the same function serves plain and encrypted variables.
 */
function normalizeVariableValue(type: VariableType, value: unknown): VariableValue {
  const parsed = variableValueSchemas[type].safeParse(value);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "is not valid");
  return parsed.data;
}

function serializeVariableValue(value: VariableValue): string {
  return JSON.stringify(value);
}

export function parseStoredVariableValue(text: string): VariableValue {
  return JSON.parse(text) as VariableValue;
}

/** The columns that hold a new value: JSON text, or its envelope for an encrypted variable. */
export function variableValueColumns(
  ring: KeyRing,
  id: string,
  type: VariableType,
  isEncrypted: boolean,
  value: unknown,
): { value: string | null; encryptedValue: string | null } {
  const json = serializeVariableValue(normalizeVariableValue(type, value));
  return isEncrypted ? { value: null, encryptedValue: seal(ring.current, json, aad.variable(id)) } : { value: json, encryptedValue: null };
}
