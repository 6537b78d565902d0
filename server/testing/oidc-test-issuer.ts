import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface OidcTestIssuer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claims the next sign-in receives in its ID token (sub is required). */
  claims: Record<string, unknown>;
  close(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

/**
 * The smallest OpenID Connect provider Baton's sign-in can complete against: discovery, an authorize
 * endpoint that signs in whoever `claims` says at once, a token endpoint that checks the client
 * secret and the PKCE verifier, and an RS256-signed ID token with its JWKS. For tests only.
 */
export async function startOidcTestIssuer(): Promise<OidcTestIssuer> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = crypto.randomBytes(8).toString("hex");
  const jwk = { ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" };
  const codes = new Map<string, { challenge: string; claims: Record<string, unknown>; redirectUri: string }>();
  const state: OidcTestIssuer = { issuer: "", clientId: "baton-test", clientSecret: crypto.randomBytes(16).toString("hex"), claims: {}, close: async () => {} };

  const signIdToken = (claims: Record<string, unknown>) => {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
    const payload = b64url(JSON.stringify({ iss: state.issuer, aud: state.clientId, iat: now, exp: now + 300, ...claims }));
    return `${header}.${payload}.${b64url(crypto.sign("sha256", Buffer.from(`${header}.${payload}`), privateKey))}`;
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", state.issuer);
    const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(200, {
        issuer: state.issuer,
        authorization_endpoint: `${state.issuer}/authorize`,
        token_endpoint: `${state.issuer}/token`,
        jwks_uri: `${state.issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      });
    }
    if (url.pathname === "/jwks") return json(200, { keys: [jwk] });
    if (url.pathname === "/authorize") {
      const redirectUri = url.searchParams.get("redirect_uri") ?? "";
      if (url.searchParams.get("client_id") !== state.clientId || url.searchParams.get("code_challenge_method") !== "S256") return json(400, { error: "invalid_request" });
      const code = crypto.randomBytes(16).toString("hex");
      codes.set(code, { challenge: url.searchParams.get("code_challenge") ?? "", claims: { ...state.claims }, redirectUri });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      return res.writeHead(302, { location: back.toString() }).end();
    }
    if (url.pathname === "/token" && req.method === "POST") {
      let body = "";
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const basic = Buffer.from((req.headers.authorization ?? "").replace(/^Basic /, ""), "base64").toString().split(":").map(decodeURIComponent);
      const [id, secret] = basic.length === 2 ? basic : [form.get("client_id"), form.get("client_secret")];
      const grant = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      if (id !== state.clientId || secret !== state.clientSecret) return json(401, { error: "invalid_client" });
      const verifier = form.get("code_verifier") ?? "";
      if (!grant || grant.redirectUri !== form.get("redirect_uri") || b64url(crypto.createHash("sha256").update(verifier).digest()) !== grant.challenge) return json(400, { error: "invalid_grant" });
      return json(200, { access_token: crypto.randomBytes(16).toString("hex"), token_type: "Bearer", expires_in: 300, id_token: signIdToken(grant.claims) });
    }
    json(404, { error: "not_found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
