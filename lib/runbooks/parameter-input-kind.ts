import type { ScriptParameter } from "@/lib/pwsh/parse-result";

/** What a parameter needs from its definition; old or hand-made definitions may omit all but the name. */
export type ParameterDefinition = Pick<ScriptParameter, "name"> & Partial<Omit<ScriptParameter, "name">>;

export type ParameterInputKind = "text" | "integer" | "number" | "checkbox" | "datetime" | "lines" | "select" | "object";

const integerTypes = new Set(["int", "int16", "int32", "int64", "long", "short", "byte", "sbyte", "uint16", "uint32", "uint64", "uint", "ulong", "ushort", "bigint", "numerics.biginteger"]);
const numberTypes = new Set(["double", "single", "float", "decimal"]);
const booleanTypes = new Set(["bool", "boolean", "switch", "switchparameter", "management.automation.switchparameter"]);
const dateTypes = new Set(["datetime", "datetimeoffset"]);
/** Types that take JSON objects and lists as they are: the form offers JSON for them. */
const objectTypes = new Set(["object", "psobject", "management.automation.psobject", "pscustomobject", "hashtable", "collections.hashtable"]);

/** A type constraint as written (`[System.Int32]`, `[int]`) in one spelling: lower case, no `System.`. */
function normalizeType(type: string | null | undefined): string {
  return (type ?? "").trim().toLowerCase().replace(/^system\./, "");
}

/**
 * The input a parameter gets in the Start form; ValidateSet wins over the type, as it limits the
 * values. This only picks a control: whether a value converts and validates is PowerShell's answer
 * on the server (lib/jobs/check-job-parameters.ts).
 */
export function parameterInputKind(param: ParameterDefinition): ParameterInputKind {
  if (param.validateSet?.length) return "select";
  const type = normalizeType(param.type);
  if (type.endsWith("[]")) return "lines";
  if (integerTypes.has(type)) return "integer";
  if (numberTypes.has(type)) return "number";
  if (booleanTypes.has(type)) return "checkbox";
  if (dateTypes.has(type)) return "datetime";
  // Declared object types (e.g. [object]$WebhookData) take JSON; an untyped parameter stays plain text.
  return objectTypes.has(type) ? "object" : "text";
}
