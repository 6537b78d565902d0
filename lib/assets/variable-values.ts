import { seal } from "@/lib/crypto/secret-box";
import { AppError } from "@/lib/errors";
import type { KeyRing } from "./key-ring-for-process";
import type { VariableType } from "./schemas";
import { aad } from "./sealed-columns";

export type VariableValue = string | number | boolean | null | VariableValue[] | { [key: string]: VariableValue };

// ISO 8601 date or date-time; a time without an offset is taken as UTC so the stored instant does
// not depend on the server's time zone.
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function invalid(message: string): AppError {
  return new AppError("validation_failed", `value: ${message}`, { field: "value" });
}

/**
 * Checks a value against the variable's type and returns it normalised (datetimes become
 * ISO-8601 UTC). Stored as JSON text, so the same function serves plain and encrypted variables.
 */
export function normalizeVariableValue(type: VariableType, value: unknown): VariableValue {
  if (value === undefined || value === null) throw invalid("is required");
  switch (type) {
    case "string":
      if (typeof value !== "string") throw invalid("must be a string for a string variable");
      return value;
    case "integer":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) throw invalid("must be a whole number (within ±2^53) for an integer variable");
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw invalid("must be true or false for a boolean variable");
      return value;
    case "datetime":
      return normalizeDateTime(value);
    case "json":
      // Bodies are parsed from JSON, so any value here is already plain JSON data.
      return value as VariableValue;
  }
}

function normalizeDateTime(value: unknown): string {
  if (typeof value !== "string") throw invalid("must be an ISO 8601 date-time string for a datetime variable");
  const m = isoDateTime.exec(value.trim());
  if (!m) throw invalid("must be an ISO 8601 date-time such as 2026-01-31T08:00:00Z");
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", offset = "Z"] = m;
  const fraction = frac ? frac.slice(0, 4).padEnd(4, "0") : "";
  const normalizedOffset = offset === "Z" ? "Z" : offset.includes(":") ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${normalizedOffset}`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() === 0) throw invalid("is not a valid date-time");
  // new Date() rolls 2026-02-30 over to March; a round trip of the date part catches that.
  if (offset === "Z" && date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) throw invalid("is not a valid date-time");
  return date.toISOString();
}

export function serializeVariableValue(value: VariableValue): string {
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
