import { describe, expect, it } from "vitest";
import { sourceAddress } from "./source-address";

describe("sourceAddress", () => {
  it("reads the address the server entry decided on", () => {
    expect(sourceAddress(new Headers({ "x-forwarded-for": "10.0.0.7" }))).toBe("10.0.0.7");
    expect(sourceAddress(new Headers({ "x-forwarded-for": " , " }))).toBeNull();
    expect(sourceAddress(new Headers())).toBeNull();
  });

  it("ignores x-real-ip, which the server entry strips as a client claim", () => {
    expect(sourceAddress(new Headers({ "x-real-ip": "10.1.1.1" }))).toBeNull();
  });
});
