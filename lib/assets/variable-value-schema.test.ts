import { describe, expect, it } from "vitest";
import { createVariableOfTypeSchema, updateVariableOfTypeSchema, variableValueSchemas } from "./variable-value-schema";

const problem = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? null : { path: result.error!.issues[0]!.path, message: result.error!.issues[0]!.message };

describe("variableValueSchemas", () => {
  it("accepts each type's values and normalises datetimes to UTC", () => {
    expect(variableValueSchemas.string.parse("")).toBe("");
    expect(variableValueSchemas.integer.parse(-42)).toBe(-42);
    expect(variableValueSchemas.boolean.parse(false)).toBe(false);
    expect(variableValueSchemas.datetime.parse("2026-03-01T10:00:00+02:00")).toBe("2026-03-01T08:00:00.000Z");
    expect(variableValueSchemas.datetime.parse("2026-03-01")).toBe("2026-03-01T00:00:00.000Z");
    expect(variableValueSchemas.json.parse({ a: [1, null] })).toEqual({ a: [1, null] });
  });

  it("names what is wrong with a value of the wrong shape", () => {
    expect(problem(variableValueSchemas.integer.safeParse("abc"))?.message).toBe("must be a whole number (within ±2^53) for an integer variable");
    expect(problem(variableValueSchemas.integer.safeParse(2 ** 53))?.message).toBe("must be a whole number (within ±2^53) for an integer variable");
    expect(problem(variableValueSchemas.boolean.safeParse("true"))?.message).toBe("must be true or false for a boolean variable");
    expect(problem(variableValueSchemas.datetime.safeParse("next tuesday"))?.message).toBe("must be an ISO 8601 date-time such as 2026-01-31T08:00:00Z");
    expect(problem(variableValueSchemas.datetime.safeParse("2026-02-30T00:00:00Z"))?.message).toBe("is not a valid date-time");
    expect(problem(variableValueSchemas.json.safeParse(null))?.message).toBe("is required");
  });

  it("puts the value check into the create and update body schemas under `value`", () => {
    expect(problem(createVariableOfTypeSchema("integer").safeParse({ name: "Port", type: "integer", value: "80" }))).toEqual({
      path: ["value"],
      message: "must be a whole number (within ±2^53) for an integer variable",
    });
    expect(updateVariableOfTypeSchema("datetime").parse({ description: "kept" })).toEqual({ description: "kept" });
    expect(updateVariableOfTypeSchema("datetime").parse({ value: "2026-01-31 08:00" })).toEqual({ value: "2026-01-31T08:00:00.000Z" });
  });
});
