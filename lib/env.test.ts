import { describe, expect, it } from "vitest";
import { getEnv } from "./env";

const oidc = { BATON_OIDC_ISSUER: "https://idp.example.com/realms/ops/", BATON_OIDC_CLIENT_ID: "baton", BATON_OIDC_CLIENT_SECRET: "s3cret" };

describe("server env", () => {
  it("defaults to the embedded SQLite database on port 3000", () => {
    const env = getEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/baton.db");
    expect(env.PORT).toBe(3000);
    expect(env.publicUrl).toBe("http://127.0.0.1:3000");
    expect(env.BATON_WEBHOOK_RATE_PER_MINUTE).toBe(60);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "Invalid environment variable DATABASE_URL: must start with file: (SQLite) or postgresql:// (PostgreSQL)"],
    [{ PORT: "70000" }, /^Invalid environment variable PORT: /],
    [{ BATON_SECRET: "short" }, "Invalid environment variable BATON_SECRET: must be at least 32 characters"],
    [{ BATON_URL: "not a url" }, /^Invalid environment variable BATON_URL: must be a URL/],
    [{ BATON_ADMIN_PASSWORD: "short" }, "Invalid environment variable BATON_ADMIN_PASSWORD: must be at least 12 characters"],
    [{ BATON_WEBHOOK_RATE_PER_MINUTE: "0" }, /^Invalid environment variable BATON_WEBHOOK_RATE_PER_MINUTE: /],
    [{ BATON_TLS_KEY: "key.pem" }, "Invalid environment variable BATON_TLS_CERT: must be set when BATON_TLS_KEY is set"],
    [{ BATON_TLS_CERT: "cert.pem" }, "Invalid environment variable BATON_TLS_KEY: must be set when BATON_TLS_CERT is set"],
    [{ BATON_TLS_CERT: "c.pem", BATON_TLS_KEY: "k.pem", BATON_URL: "http://baton.example.com" }, "Invalid environment variable BATON_URL: must start with https:// when BATON_TLS_CERT is set"],
    [{ BATON_TRUST_PROXY: "yes please" }, "Invalid environment variable BATON_TRUST_PROXY: must be true, false or a number of proxies (0-99)"],
    [{ BATON_OIDC_ISSUER: "https://idp.example.com" }, "Invalid environment variable BATON_OIDC_CLIENT_ID: must be set when BATON_OIDC_ISSUER is set"],
    [{ BATON_OIDC_CLIENT_SECRET: "s" }, "Invalid environment variable BATON_OIDC_ISSUER: must be set when BATON_OIDC_CLIENT_SECRET is set"],
    [{ ...oidc, BATON_OIDC_ISSUER: "idp.example.com" }, /^Invalid environment variable BATON_OIDC_ISSUER: must be the issuer URL/],
    [{ ...oidc, BATON_OIDC_ISSUER: "http://idp.example.com" }, "Invalid environment variable BATON_OIDC_ISSUER: must use https://"],
  ])("names the variable in one line: %j", (source, message) => {
    expect(() => getEnv(source)).toThrow(message);
  });

  it("serves TLS from both files and defaults the public URL to https", () => {
    const env = getEnv({ BATON_TLS_CERT: "tls/cert.pem", BATON_TLS_KEY: "tls/key.pem", PORT: "8443" });
    expect(env.tls).toEqual({ certFile: expect.stringMatching(/tls\/cert\.pem$/), keyFile: expect.stringMatching(/tls\/key\.pem$/) });
    expect(env.publicUrl).toBe("https://127.0.0.1:8443");
    expect(getEnv({}).tls).toBeNull();
  });

  it.each([
    [undefined, 0],
    ["false", 0],
    ["true", 1],
    ["2", 2],
  ])("trusts proxies only when told: BATON_TRUST_PROXY=%s", (value, hops) => {
    expect(getEnv({ BATON_TRUST_PROXY: value }).trustedProxies).toBe(hops);
  });

  it("configures OpenID Connect only when issuer, client id and secret are all set", () => {
    expect(getEnv({}).oidc).toBeNull();
    expect(getEnv(oidc).oidc).toEqual({ issuer: "https://idp.example.com/realms/ops", clientId: "baton", clientSecret: "s3cret", name: "single sign-on", createUsers: false });
    expect(getEnv({ ...oidc, BATON_OIDC_ISSUER: "http://127.0.0.1:9000", BATON_OIDC_NAME: "Contoso", BATON_OIDC_CREATE_USERS: "true" }).oidc).toMatchObject({ name: "Contoso", createUsers: true });
  });
});
