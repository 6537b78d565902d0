import path from "node:path";
import { z } from "zod";
import { booleanFlag, databaseUrl, emptyAsUndefined, EnvError, parseEnv, port, positiveInt } from "./config/env-parse";
import { jobIsolationEnvSchema } from "./config/job-isolation-env";

const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

/**
 * How many reverse proxies stand in front of Baton. "false"/"0" (the default): none, so
 * X-Forwarded-* headers are client-controlled and ignored. "true" means one; a number means that many.
 */
const trustProxy = z.preprocess(
  emptyAsUndefined,
  z
    .union([z.enum(["true", "false"]), z.string().regex(/^\d{1,2}$/, "must be true, false or a number of proxies (0-99)")])
    .default("false")
    .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v))),
);

/** The web service's environment. Nothing else in the server reads process.env. */
const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl,
  BATON_DATA_DIR: z.string().default("./data"),
  BATON_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
  BATON_PWSH: optionalString,
  PORT: z.preprocess(emptyAsUndefined, port.default(3000)),
  BATON_HOST: z.preprocess(emptyAsUndefined, z.string().default("0.0.0.0")),
  BATON_URL: z.preprocess(emptyAsUndefined, z.url("must be a URL such as http://127.0.0.1:3000").optional()),
  BATON_ADMIN_USERNAME: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9._@-]{1,64}$/, "letters, digits, . _ @ - only").default("admin")),
  BATON_ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(12, "must be at least 12 characters").optional()),
  BATON_WEBHOOK_RATE_PER_MINUTE: z.preprocess(emptyAsUndefined, positiveInt.default(60)),
  BATON_TLS_CERT: optionalString,
  BATON_TLS_KEY: optionalString,
  BATON_TRUST_PROXY: trustProxy,
  BATON_OIDC_ISSUER: z.preprocess(emptyAsUndefined, z.url("must be the issuer URL, such as https://login.example.com/realms/baton").optional()),
  BATON_OIDC_CLIENT_ID: optionalString,
  BATON_OIDC_CLIENT_SECRET: optionalString,
  BATON_OIDC_NAME: z.preprocess(emptyAsUndefined, z.string().max(40, "must be at most 40 characters").default("single sign-on")),
  BATON_OIDC_CREATE_USERS: z.preprocess(emptyAsUndefined, booleanFlag.default(false)),
  // Module inspection runs uploaded code isolated as a job would be.
  ...jobIsolationEnvSchema.shape,
});

type ParsedEnv = z.infer<typeof serverEnvSchema>;

/** The OpenID Connect provider, when all three of its variables are set. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  createUsers: boolean;
}

export type ServerEnv = ParsedEnv & {
  dataDir: string;
  publicUrl: string;
  /** Both PEM file paths when the server terminates TLS itself. */
  tls: { certFile: string; keyFile: string } | null;
  /** Number of trusted reverse proxies; 0 means X-Forwarded-* is ignored. */
  trustedProxies: number;
  oidc: OidcSettings | null;
};

let cached: ServerEnv | undefined;

export function getEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  if (cached && source === process.env) return cached;
  const parsed = parseEnv(serverEnvSchema, source);
  const tls = tlsSettings(parsed);
  const publicUrl = (parsed.BATON_URL ?? `${tls ? "https" : "http"}://127.0.0.1:${parsed.PORT}`).replace(/\/$/, "");
  // Cookies are marked Secure from the public URL; serving TLS under an http:// URL would mismatch.
  if (tls && !publicUrl.startsWith("https://")) throw new EnvError("Invalid environment variable BATON_URL: must start with https:// when BATON_TLS_CERT is set");
  const env: ServerEnv = {
    ...parsed,
    dataDir: path.resolve(parsed.BATON_DATA_DIR),
    publicUrl,
    tls,
    trustedProxies: parsed.BATON_TRUST_PROXY,
    oidc: oidcSettings(parsed),
  };
  if (source === process.env) cached = env;
  return env;
}

function tlsSettings(env: ParsedEnv): ServerEnv["tls"] {
  if (!env.BATON_TLS_CERT && !env.BATON_TLS_KEY) return null;
  if (!env.BATON_TLS_CERT) throw new EnvError("Invalid environment variable BATON_TLS_CERT: must be set when BATON_TLS_KEY is set");
  if (!env.BATON_TLS_KEY) throw new EnvError("Invalid environment variable BATON_TLS_KEY: must be set when BATON_TLS_CERT is set");
  return { certFile: path.resolve(env.BATON_TLS_CERT), keyFile: path.resolve(env.BATON_TLS_KEY) };
}

/** All or nothing: a half-configured provider would only fail later, at a user's first sign-in. */
function oidcSettings(env: ParsedEnv): OidcSettings | null {
  const vars = { BATON_OIDC_ISSUER: env.BATON_OIDC_ISSUER, BATON_OIDC_CLIENT_ID: env.BATON_OIDC_CLIENT_ID, BATON_OIDC_CLIENT_SECRET: env.BATON_OIDC_CLIENT_SECRET };
  const missing = Object.entries(vars).filter(([, v]) => !v).map(([k]) => k);
  if (missing.length === 3) return null;
  if (missing.length) {
    const set = Object.keys(vars).find((k) => !missing.includes(k));
    throw new EnvError(`Invalid environment variable ${missing[0]}: must be set when ${set} is set`);
  }
  const issuer = new URL(env.BATON_OIDC_ISSUER!);
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
  // Tokens and the client secret travel to the issuer; plain http is only acceptable on this machine.
  if (issuer.protocol !== "https:" && !loopback) throw new EnvError("Invalid environment variable BATON_OIDC_ISSUER: must use https://");
  return {
    issuer: env.BATON_OIDC_ISSUER!.replace(/\/$/, ""),
    clientId: env.BATON_OIDC_CLIENT_ID!,
    clientSecret: env.BATON_OIDC_CLIENT_SECRET!,
    name: env.BATON_OIDC_NAME,
    createUsers: env.BATON_OIDC_CREATE_USERS,
  };
}
