import path from "node:path";
import { z } from "zod";
import { emptyAsUndefined, parseEnv, port, positiveInt, databaseUrl } from "./config/env-parse";

/** The web service's environment. Nothing else in the server reads process.env. */
const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl,
  BATON_DATA_DIR: z.string().default("./data"),
  BATON_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
  BATON_PWSH: z.preprocess(emptyAsUndefined, z.string().optional()),
  PORT: z.preprocess(emptyAsUndefined, port.default(3000)),
  BATON_URL: z.preprocess(emptyAsUndefined, z.url("must be a URL such as http://127.0.0.1:3000").optional()),
  BATON_ADMIN_USERNAME: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9._@-]{1,64}$/, "letters, digits, . _ @ - only").default("admin")),
  BATON_ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(12, "must be at least 12 characters").optional()),
  BATON_WEBHOOK_RATE_PER_MINUTE: z.preprocess(emptyAsUndefined, positiveInt.default(60)),
});

export type ServerEnv = z.infer<typeof serverEnvSchema> & { dataDir: string; publicUrl: string };

let cached: ServerEnv | undefined;

export function getEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  if (cached && source === process.env) return cached;
  const parsed = parseEnv(serverEnvSchema, source);
  const env: ServerEnv = {
    ...parsed,
    dataDir: path.resolve(parsed.BATON_DATA_DIR),
    publicUrl: (parsed.BATON_URL ?? `http://127.0.0.1:${parsed.PORT}`).replace(/\/$/, ""),
  };
  if (source === process.env) cached = env;
  return env;
}
