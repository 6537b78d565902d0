import type { ScriptParameter } from "@/lib/pwsh/parse-result";

/** What a parameter needs from its definition; old or hand-made definitions may omit all but the name. */
export type ParameterDefinition = Pick<ScriptParameter, "name"> & Partial<Omit<ScriptParameter, "name">>;

export type ParameterInputKind = "text" | "integer" | "number" | "checkbox" | "datetime" | "lines" | "select" | "object";

const integerTypes = new Set(["int", "int16", "int32", "int64", "long", "short", "byte", "sbyte", "uint16", "uint32", "uint64", "uint", "ulong", "ushort", "bigint", "numerics.biginteger"]);
const numberTypes = new Set(["double", "single", "float", "decimal"]);
const booleanTypes = new Set(["bool", "boolean", "switch", "switchparameter", "management.automation.switchparameter"]);
const dateTypes = new Set(["datetime", "datetimeoffset"]);
/** Types that take any value as it is, objects and lists included: an untyped parameter is [object] too. */
const anyValueTypes = new Set(["", "object", "psobject", "management.automation.psobject", "pscustomobject", "hashtable", "collections.hashtable"]);

/** A type constraint as written (`[System.Int32]`, `[int]`) in one spelling: lower case, no `System.`. */
function normalizeType(type: string | null | undefined): string {
  return (type ?? "").trim().toLowerCase().replace(/^system\./, "");
}

function scalarKind(type: string): ParameterInputKind {
  if (integerTypes.has(type)) return "integer";
  if (numberTypes.has(type)) return "number";
  if (booleanTypes.has(type)) return "checkbox";
  if (dateTypes.has(type)) return "datetime";
  // Declared object types (e.g. [object]$WebhookData) take JSON; an untyped parameter stays plain text.
  if (type !== "" && anyValueTypes.has(type)) return "object";
  return "text";
}

/** The input a parameter gets in the Start form; ValidateSet wins over the type, as it limits the values. */
export function parameterInputKind(param: ParameterDefinition): ParameterInputKind {
  if (param.validateSet?.length) return "select";
  const type = normalizeType(param.type);
  if (type.endsWith("[]")) return "lines";
  return scalarKind(type);
}

/** Whether a value counts as "not given" for a Mandatory parameter. */
export function isMissingValue(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function checkScalar(kind: ParameterInputKind, value: unknown): string | null {
  if (value !== null && typeof value === "object") return "must be a single value, not an object or a list";
  switch (kind) {
    case "integer":
      return (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) ? null : "must be a whole number";
    case "number":
      return (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) ? null : "must be a number";
    case "checkbox":
      return typeof value === "boolean" || (typeof value === "string" && /^\s*(true|false)\s*$/i.test(value)) ? null : "must be true or false";
    case "datetime":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? null : "must be a date and time, such as 2026-05-01T09:30:00Z";
    default:
      return null;
  }
}

/**
 * Checks one value against a parameter's definition; returns what is wrong (to follow the name, as in
 * "Count must be a whole number") or null. The Start form and the server both call this, so a value
 * the form accepts is one the server accepts. PowerShell's binder still converts and has the last word.
 */
export function checkParameterValue(param: ParameterDefinition, value: unknown): string | null {
  const set = param.validateSet?.length ? param.validateSet : null;
  const type = normalizeType(param.type);
  if (!set && anyValueTypes.has(type)) return null;
  const isArray = type.endsWith("[]");
  // PowerShell binds a single value to an array parameter as a one-element array.
  const values = isArray && Array.isArray(value) ? value : [value];
  if (!isArray && Array.isArray(value)) return "must be a single value, not a list";
  const kind = scalarKind(isArray ? type.slice(0, -2) : type);
  for (const item of values) {
    if (set && !set.some((allowed) => allowed.toLowerCase() === String(item).toLowerCase())) return `must be one of: ${set.join(", ")}`;
    const problem = checkScalar(kind, item);
    if (problem) return isArray ? `(each item) ${problem}` : problem;
  }
  return null;
}
