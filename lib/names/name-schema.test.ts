import { describe, expect, it } from "vitest";
import { nameSchema } from "./name-schema";

const messageOf = (value: string) => {
  const result = nameSchema(16).safeParse(value);
  return result.success ? null : result.error.issues.map((i) => i.message).join("; ");
};

describe("nameSchema", () => {
  it("accepts names with spaces, dots, dashes and non-ASCII letters, trimmed", () => {
    expect(nameSchema(16).parse("  Nightly backup ")).toBe("Nightly backup");
    expect(nameSchema(16).parse("v1.2_ok-Ünïcode")).toBe("v1.2_ok-Ünïcode");
  });

  it("refuses markup, path and quoting characters, and says which", () => {
    for (const bad of ["<script>", "a/b", "a\\b", "50%", "a:b", "it's", 'say "x"', "$env", "a`b", "tab\there"]) {
      expect(messageOf(bad), bad).toBe("must not contain < > * % & : \\ ? / + quotes, $ or control characters");
    }
  });

  it("refuses empty, too long and dots-only names", () => {
    expect(messageOf("   ")).toBe("is required");
    expect(messageOf("x".repeat(17))).toBe("must be at most 16 characters");
    expect(messageOf("..")).toBe("must not be only dots");
    expect(messageOf(".")).toBe("must not be only dots");
    expect(messageOf("..a")).toBeNull();
  });
});
