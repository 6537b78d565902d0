import { z } from "zod";
import { checkJsonValue } from "@/lib/input/storable-input";
import { createVariableSchema, updateVariableSchema, type VariableType } from "./schemas";

export type VariableValue = string | number | boolean | null | VariableValue[] | { [key: string]: VariableValue };

// ISO 8601 date or date-time; a time without an offset is taken as UTC so the stored instant does
// not depend on the server's time zone.
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function toUtcDateTime(value: string, ctx: z.RefinementCtx): string {
  const m = isoDateTime.exec(value.trim());
  if (!m) {
    ctx.addIssue({ code: "custom", message: "must be an ISO 8601 date-time such as 2026-01-31T08:00:00Z" });
    return z.NEVER;
  }
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", offset = "Z"] = m;
  const fraction = frac ? frac.slice(0, 4).padEnd(4, "0") : "";
  const normalizedOffset = offset === "Z" ? "Z" : offset.includes(":") ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${normalizedOffset}`);
  // new Date() rolls 2026-02-30 over to March; a round trip of the date part catches that.
  if (Number.isNaN(date.getTime()) || date.getUTCDate() === 0 || (offset === "Z" && date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`)) {
    ctx.addIssue({ code: "custom", message: "is not a valid date-time" });
    return z.NEVER;
  }
  return date.toISOString();
}

const present = z.unknown().refine((v) => v !== undefined && v !== null, "is required");

/**
 * A variable's value for each type, normalised (datetimes become ISO-8601 UTC). The server checks
 * every new value with these; the portal's form checks with them before sending.
 */
export const variableValueSchemas: Record<VariableType, z.ZodType<VariableValue>> = {
  string: present.pipe(z.string({ error: "must be a string for a string variable" })),
  integer: present.pipe(z.custom<number>((v) => typeof v === "number" && Number.isSafeInteger(v), "must be a whole number (within ±2^53) for an integer variable")),
  boolean: present.pipe(z.boolean({ error: "must be true or false for a boolean variable" })),
  datetime: present.pipe(z.string({ error: "must be an ISO 8601 date-time string for a datetime variable" }).transform(toUtcDateTime)),
  // Bodies are parsed from JSON, so any value here is already plain JSON data; its nesting is bounded.
  json: present.superRefine(checkJsonValue).transform((v) => v as VariableValue),
};

/** POST /api/v1/variables for a variable of `type`: the route's schema, then the value check it applies. */
export const createVariableOfTypeSchema = (type: VariableType) => createVariableSchema.extend({ value: variableValueSchemas[type] });

/** PATCH /api/v1/variables/{name} of a variable of `type`; an omitted value keeps the stored one. */
export const updateVariableOfTypeSchema = (type: VariableType) => updateVariableSchema.extend({ value: variableValueSchemas[type].optional() });
