import { describe, expect, it } from "vitest";
import { sourceAddress } from "./source-address";

describe("sourceAddress", () => {
  it("takes the entry the nearest proxy added, not what the client claimed", () => {
    expect(sourceAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(sourceAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
  });

  it("falls back to x-real-ip, then to nothing", () => {
    expect(sourceAddress(new Headers({ "x-real-ip": " 10.1.1.1 " }))).toBe("10.1.1.1");
    expect(sourceAddress(new Headers({ "x-forwarded-for": " , " }))).toBeNull();
    expect(sourceAddress(new Headers())).toBeNull();
  });
});
