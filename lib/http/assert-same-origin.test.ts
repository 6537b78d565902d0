import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./assert-same-origin";

const check = (method: string, headers: Record<string, string>) => () => assertSameOrigin(method, new Headers(headers));

describe("assertSameOrigin", () => {
  it("lets reads through from anywhere", () => {
    expect(check("GET", { "sec-fetch-site": "cross-site" })).not.toThrow();
  });

  it("refuses cross-site and same-site (sibling subdomain) writes by Sec-Fetch-Site", () => {
    expect(check("POST", { "sec-fetch-site": "cross-site" })).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(check("DELETE", { "sec-fetch-site": "same-site" })).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(check("POST", { "sec-fetch-site": "same-origin" })).not.toThrow();
  });

  it("falls back to comparing Origin with Host", () => {
    expect(check("PUT", { origin: "https://evil.example", host: "baton.example" })).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(check("PUT", { origin: "null", host: "baton.example" })).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(check("PUT", { origin: "https://baton.example", host: "baton.example" })).not.toThrow();
  });

  it("lets non-browser clients without Origin through (they cannot be forged by a page)", () => {
    expect(check("POST", {})).not.toThrow();
  });
});
