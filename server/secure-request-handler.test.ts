import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { request } from "./testing/https-request";
import { secureRequestHandler } from "./secure-request-handler";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>, trustedProxies = 0): Promise<string> {
  server = http.createServer(secureRequestHandler(handle, { trustedProxies }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("secureRequestHandler", () => {
  it("hands Next the policy with the nonce it sends, replacing any the client sent", async () => {
    let seen: http.IncomingHttpHeaders = {};
    const base = await serve(async (req, res) => {
      seen = { ...req.headers };
      res.end("ok");
    });
    const res = await request(`${base}/runbooks`, { headers: { "content-security-policy": "script-src *", "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" } });
    expect(res.headers["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]{24}'/);
    expect(seen["content-security-policy"]).toBe(res.headers["content-security-policy"]);
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-real-ip"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBe("http");
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("sends no policy on static build files but the other headers still", async () => {
    const base = await serve(async (_req, res) => void res.end("js"));
    const res = await request(`${base}/_next/static/chunks/app.js`);
    expect(res.headers["content-security-policy"]).toBeUndefined();
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers an error that escaped Next with a bare 500, never its message or stack", async () => {
    const base = await serve(async () => {
      throw new Error("ECONNREFUSED postgresql://baton:hunter2@db/baton");
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const res = await request(`${base}/`);
      expect(res.status).toBe(500);
      expect(res.body).toBe("Internal server error");
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
