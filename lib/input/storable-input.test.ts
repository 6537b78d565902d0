import { describe, expect, it } from "vitest";
import { assertStorableInput, findUnstorablePart, jsonValueSchema } from "./storable-input";

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe("storable input", () => {
  it("walks a value nested 100,000 deep without overflowing the stack", () => {
    expect(findUnstorablePart(nested(100_000), 100)).toMatchObject({ tooDeep: true });
    expect(findUnstorablePart(nested(100), 100)).toBeNull();
  });

  it("finds NUL in a string or an object key, with the path to it", () => {
    expect(findUnstorablePart({ a: [{ b: "ok" }, { c: "x\u0000" }] }, 10)).toEqual({ path: ["a", 1, "c"], tooDeep: false });
    expect(findUnstorablePart({ "k\u0000": 1 }, 10)).toEqual({ path: ["k\\0"], tooDeep: false });
  });

  it("names the field in the error, and the value itself when it is too deep", () => {
    expect(() => assertStorableInput({ description: "a\u0000" })).toThrow(expect.objectContaining({ code: "validation_failed", field: "description" }));
    expect(jsonValueSchema.safeParse(nested(101)).error?.issues[0]).toMatchObject({ path: [], message: "nests deeper than 100 levels" });
  });
});
