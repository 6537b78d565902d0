import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { oversizedBody } from "@/lib/http/testing/oversized-body";
import { POST } from "./route";

describe("next-auth's route", () => {
  it("refuses a 64 MiB unauthenticated sign-in post with 413 after pulling at most the auth form limit", async () => {
    const body = oversizedBody({ chunkBytes: 16 * 1024 });
    const req = new NextRequest("http://baton.test/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.stream,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    const res = await POST(req, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: "payload_too_large" } });
    expect(body.pulledBytes()).toBeLessThanOrEqual(64 * 1024 + 2 * 16 * 1024);
    expect(body.cancelled()).toBe(true);
  });
});
