import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJson } from "./api-route";
import { oversizedBody } from "./testing/oversized-body";

const limit = 1024 * 1024;

describe("readJson", () => {
  it("refuses a 64 MiB chunked JSON upload with 413 after pulling little more than the limit", async () => {
    const body = oversizedBody();
    const req = new Request("http://baton.test/api/v1/variables", { method: "POST", headers: { "content-type": "application/json" }, body: body.stream, duplex: "half" } as RequestInit);
    await expect(readJson(req, z.object({}), limit)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(body.pulledBytes()).toBeLessThanOrEqual(limit + 2 * 64 * 1024);
    expect(body.cancelled()).toBe(true);
  });

  it("still refuses a declared Content-Length over the limit before reading, and parses a body within it", async () => {
    const big = new Request("http://baton.test/x", { method: "POST", headers: { "content-type": "application/json", "content-length": String(limit + 1) }, body: "{}" });
    await expect(readJson(big, z.object({}), limit)).rejects.toMatchObject({ code: "payload_too_large" });
    const ok = new Request("http://baton.test/x", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "é".repeat(10) }) });
    expect(await readJson(ok, z.object({ name: z.string() }), limit)).toEqual({ name: "é".repeat(10) });
  });
});
