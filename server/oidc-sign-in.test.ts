import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { request, type PlainResponse } from "./testing/https-request";
import { startOidcTestIssuer, type OidcTestIssuer } from "./testing/oidc-test-issuer";
import { freePort, startServed, type Served } from "./testing/start-served";

const built = fs.existsSync(path.resolve(import.meta.dirname, "..", ".next", "BUILD_ID"));
if (!built) console.warn("server/oidc-sign-in.test.ts skipped: no production build in .next (run `next build` first; `npm test` does)");

/** A browser's cookie handling, just enough for next-auth's redirects. */
class CookieJar {
  private cookies = new Map<string, string>();
  take(res: PlainResponse): PlainResponse {
    for (const line of res.headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const i = pair!.indexOf("=");
      const value = pair!.slice(i + 1);
      if (value && !/max-age=0/i.test(line)) this.cookies.set(pair!.slice(0, i), value);
      else this.cookies.delete(pair!.slice(0, i));
    }
    return res;
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

describe.skipIf(!built)("OpenID Connect sign-in through the production server", () => {
  let testDb: TestDb;
  let dir: string;
  let idp: OidcTestIssuer;
  let served: Served;
  let base: string;

  beforeAll(async () => {
    testDb = await createTestDb("sqlite");
    await testDb.db.user.create({ data: { username: "mia", displayName: "Mia", email: "mia@example.com", roleAssignments: { create: { role: "Reader", scopeTag: null } } } });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-oidc-"));
    idp = await startOidcTestIssuer();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    served = await startServed({
      DATABASE_URL: testDb.url,
      BATON_DATA_DIR: dir,
      BATON_SECRET: "oidc-served-test-secret-not-for-production-0123",
      PORT: String(port),
      BATON_URL: base,
      BATON_OIDC_ISSUER: idp.issuer,
      BATON_OIDC_CLIENT_ID: idp.clientId,
      BATON_OIDC_CLIENT_SECRET: idp.clientSecret,
      BATON_OIDC_NAME: "Test IdP",
    });
  });

  afterAll(async () => {
    await served?.stop();
    await idp?.close();
    await testDb?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** What the "Sign in with …" button starts: next-auth's sign-in POST, then every redirect, as a browser follows them. */
  async function signInThroughProvider(): Promise<{ jar: CookieJar; landed: string }> {
    const jar = new CookieJar();
    const csrf = jar.take(await request(`${base}/api/auth/csrf`));
    const start = jar.take(
      await request(`${base}/api/auth/signin/oidc`, {
        method: "POST",
        headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken, callbackUrl: `${base}/` }).toString(),
      }),
    );
    let location = String(start.headers.location);
    expect(location.startsWith(`${idp.issuer}/authorize?`)).toBe(true);
    for (let hop = 0; hop < 5 && location.startsWith("http"); hop++) {
      const ours = location.startsWith(base);
      const res = ours ? jar.take(await request(location, { headers: { cookie: jar.header() } })) : await request(location);
      if (res.status !== 302) break;
      location = new URL(String(res.headers.location), location).toString();
      if (ours && !location.includes("/api/auth/")) break;
    }
    return { jar, landed: location };
  }

  it("offers the provider on the sign-in page", async () => {
    const page = await request(`${base}/login`);
    expect(page.body).toContain("Sign in with <!-- -->Test IdP");
  });

  it("links a verified email to the local user and opens a working session", async () => {
    idp.claims = { sub: "idp-mia", email: "mia@example.com", email_verified: true, preferred_username: "mia.m" };
    const { jar, landed } = await signInThroughProvider();
    expect(landed).toBe(`${base}/`);
    const runbooks = await request(`${base}/api/v1/runbooks`, { headers: { cookie: jar.header() } });
    expect(runbooks.status).toBe(200);
    expect(await testDb.db.user.findUniqueOrThrow({ where: { username: "mia" } })).toMatchObject({ oidcSubject: "idp-mia" });
  });

  it("sends an identity without a Baton account back to the sign-in page with the reason", async () => {
    idp.claims = { sub: "idp-stranger", email: "stranger@example.com", email_verified: true };
    const { jar, landed } = await signInThroughProvider();
    expect(landed).toBe(`${base}/login?error=OidcNoAccount`);
    expect((await request(`${base}/api/v1/runbooks`, { headers: { cookie: jar.header() } })).status).toBe(401);
  });

  it("explains an unreachable provider instead of failing blankly", async () => {
    await idp.close();
    const jar = new CookieJar();
    const csrf = jar.take(await request(`${base}/api/auth/csrf`));
    const start = await request(`${base}/api/auth/signin/oidc`, {
      method: "POST",
      headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken, callbackUrl: `${base}/` }).toString(),
    });
    let location = new URL(String(start.headers.location), base).toString();
    for (let hop = 0; hop < 3 && location.includes("/api/auth/"); hop++) {
      location = new URL(String((await request(location)).headers.location), base).toString();
    }
    const landed = new URL(location);
    expect(landed.pathname).toBe("/login");
    expect(landed.searchParams.get("error")).toBe("OAuthSignin");
  });
});
