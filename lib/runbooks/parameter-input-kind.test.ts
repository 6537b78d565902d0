import { describe, expect, it } from "vitest";
import { parameterInputKind } from "./parameter-input-kind";

describe("parameter inputs", () => {
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
});
