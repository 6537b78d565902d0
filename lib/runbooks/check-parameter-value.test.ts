import { describe, expect, it } from "vitest";
import { checkJobParameters } from "@/lib/jobs/check-job-parameters";
import { checkParameterValue, parameterInputKind } from "./check-parameter-value";

describe("parameter inputs and values", () => {
  it("picks the input from the type as PowerShell spells it, ValidateSet first", () => {
    const kind = (type: string | null, validateSet: string[] | null = null) => parameterInputKind({ name: "P", type, validateSet });
    expect([kind("string"), kind(null), kind("int"), kind("System.Int32"), kind("long"), kind("double"), kind("switch"), kind("bool"), kind("DateTime"), kind("string[]"), kind("string", ["a"])]).toEqual([
      "text",
      "text",
      "integer",
      "integer",
      "integer",
      "number",
      "checkbox",
      "checkbox",
      "datetime",
      "lines",
      "select",
    ]);
    expect([kind("object"), kind("hashtable"), kind("System.Collections.Hashtable"), kind("PSCustomObject"), kind("")]).toEqual(["object", "object", "object", "object", "text"]);
  });

  it("accepts what the binder converts and names what is wrong", () => {
    expect(checkParameterValue({ name: "N", type: "int" }, 3)).toBeNull();
    expect(checkParameterValue({ name: "N", type: "int" }, "42")).toBeNull();
    expect(checkParameterValue({ name: "N", type: "int" }, "4.5")).toBe("must be a whole number");
    expect(checkParameterValue({ name: "F", type: "switch" }, true)).toBeNull();
    expect(checkParameterValue({ name: "F", type: "switch" }, "yes")).toBe("must be true or false");
    expect(checkParameterValue({ name: "D", type: "datetime" }, "2026-05-01T09:30:00.000Z")).toBeNull();
    expect(checkParameterValue({ name: "D", type: "datetime" }, "soon")).toMatch(/^must be a date and time/);
    expect(checkParameterValue({ name: "S", type: "string[]" }, ["a", "b"])).toBeNull();
    expect(checkParameterValue({ name: "S", type: "string[]" }, "single")).toBeNull();
    expect(checkParameterValue({ name: "I", type: "int[]" }, ["1", "x"])).toBe("(each item) must be a whole number");
    expect(checkParameterValue({ name: "S", type: "string" }, ["a"])).toBe("must be a single value, not a list");
    expect(checkParameterValue({ name: "E", type: "string", validateSet: ["Dev", "Prod"] }, "prod")).toBeNull();
    expect(checkParameterValue({ name: "E", type: "string", validateSet: ["Dev", "Prod"] }, "Test")).toBe("must be one of: Dev, Prod");
    expect(checkParameterValue({ name: "O", type: "object" }, { a: 1 })).toBeNull();
    expect(checkParameterValue({ name: "H", type: "hashtable" }, { a: 1 })).toBeNull();
    expect(checkParameterValue({ name: "U", type: null }, ["a", { b: 2 }])).toBeNull();
    expect(checkParameterValue({ name: "U", type: null, validateSet: ["a"] }, "b")).toBe("must be one of: a");
  });

  it("lets the server refuse the same values the form refuses", () => {
    const block = [
      { name: "Count", type: "int", mandatory: false, default: "1", validateSet: null, helpMessage: null, position: null },
      { name: "Servers", type: "string[]", mandatory: true, default: null, validateSet: null, helpMessage: null, position: null },
    ];
    expect(checkJobParameters("R", block, { count: "7", servers: ["a"] })).toEqual({ Count: "7", Servers: ["a"] });
    expect(() => checkJobParameters("R", block, { Count: "many", Servers: ["a"] })).toThrow("Count must be a whole number");
    expect(() => checkJobParameters("R", block, { Servers: [] })).toThrow("Servers is mandatory");
  });
});
