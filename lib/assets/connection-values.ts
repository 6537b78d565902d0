import { AppError } from "@/lib/errors";
import type { ConnectionField, ConnectionValuesInput } from "./schemas";

export type FieldValue = string | number | boolean;
export type FieldValues = Record<string, FieldValue>;

function invalid(field: string, message: string): AppError {
  return new AppError("validation_failed", `values.${field}: ${message}`, { field: `values.${field}` });
}

function checkType(field: ConnectionField, value: FieldValue): FieldValue {
  switch (field.type) {
    case "string":
      if (typeof value !== "string") throw invalid(field.name, "must be a string");
      return value;
    case "integer":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) throw invalid(field.name, "must be a whole number");
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw invalid(field.name, "must be true or false");
      return value;
  }
}

/**
 * Applies submitted values onto the stored ones (all fields, secrets included) and validates the
 * result against the connection type: keys match field names ignoring case and are stored under the
 * field's own spelling, null clears a field, and every non-optional field must end up set.
 */
export function mergeConnectionValues(typeName: string, fields: readonly ConnectionField[], stored: FieldValues, submitted: ConnectionValuesInput): FieldValues {
  const byKey = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
  const result: FieldValues = { ...stored };
  for (const [key, value] of Object.entries(submitted)) {
    const field = byKey.get(key.toLowerCase());
    if (!field) throw invalid(key, `is not a field of connection type '${typeName}' (fields: ${fields.map((f) => f.name).join(", ")})`);
    if (value === null) delete result[field.name];
    else result[field.name] = checkType(field, value);
  }
  for (const field of fields) {
    if (!field.isOptional && result[field.name] === undefined) throw invalid(field.name, "is required");
  }
  return result;
}

/** Splits values into the plain column and the object that is sealed whole. */
export function splitSecretValues(fields: readonly ConnectionField[], values: FieldValues): { plain: FieldValues; secrets: FieldValues } {
  const plain: FieldValues = {};
  const secrets: FieldValues = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined) continue;
    (field.isSecret ? secrets : plain)[field.name] = value;
  }
  return { plain, secrets };
}
