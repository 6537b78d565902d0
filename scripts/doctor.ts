// `npm run doctor`: what Baton finds on this machine. Exit code 1 when something it needs is missing.
import path from "node:path";
import { getEnv } from "@/lib/env";
import { loadMasterKey } from "@/lib/crypto/keyring";
import { createDb, prepareSqlite } from "@/lib/db/client";
import { describeDbError } from "@/lib/db/describe-error";
import { loadTlsCredentials } from "@/lib/http/tls-credentials";
import { migrationStatus } from "@/lib/db/migrate";
import { parseDatabaseUrl, redactDatabaseUrl } from "@/lib/config/database-url";
import { locatePwsh, measurePwshColdStart } from "@/lib/pwsh/locate-pwsh";
import { runCli } from "./cli";

const root = path.resolve(import.meta.dirname, "..");
let problems = 0;
const line = (ok: boolean | null, label: string, text: string) => {
  if (ok === false) problems++;
  console.log(`${ok === null ? "·" : ok ? "✓" : "✗"} ${label.padEnd(12)} ${text}`);
};

runCli(async () => {
  const env = getEnv();
  const [major, minor] = process.versions.node.split(".").map(Number);
  line(major! > 20 || (major === 20 && minor! >= 19), "node", `v${process.versions.node} (needs >= 20.19)`);

  const target = parseDatabaseUrl(env.DATABASE_URL);
  try {
    const status = await migrationStatus(env.DATABASE_URL);
    const state = status.failed.length
      ? `failed migration(s): ${status.failed.join(", ")}`
      : status.pending.length
        ? `${status.pending.length} of ${status.total} migration(s) pending — run npm run db:migrate`
        : `${status.total} migration(s) applied, up to date`;
    line(status.upToDate, "database", `${target.provider} ${redactDatabaseUrl(env.DATABASE_URL)}: ${state}`);
    if (status.upToDate) await reportWorkers(env.DATABASE_URL);
  } catch (err) {
    line(false, "database", `${target.provider} ${redactDatabaseUrl(env.DATABASE_URL)}: ${describeDbError(err) ?? (err as Error).message}`);
  }

  const pwsh = await locatePwsh({ projectRoot: root, configured: env.BATON_PWSH });
  if (!pwsh) {
    line(false, "pwsh", "not found (BATON_PWSH, .tools/pwsh, PATH) — run npm run setup:pwsh");
  } else {
    const ms = await measurePwshColdStart(pwsh, 3);
    line(true, "pwsh", `PowerShell ${pwsh.version ?? "?"} via ${pwsh.source}: ${[pwsh.command, ...pwsh.args].join(" ")}`);
    line(null, "", `cold start ${ms.map((m) => `${Math.round(m)} ms`).join(", ")} (median ${Math.round([...ms].sort((a, b) => a - b)[1]!)} ms)`);
  }

  try {
    const key = loadMasterKey({ secret: env.BATON_SECRET, dataDir: env.dataDir });
    line(true, "secret key", key.source === "BATON_SECRET" ? `from BATON_SECRET (key id ${key.id})` : `key file ${key.file} (key id ${key.id}, mode 0600)`);
  } catch (err) {
    line(false, "secret key", (err as Error).message);
  }
  line(null, "portal", `${env.publicUrl} (PORT ${env.PORT})`);
  if (env.tls) {
    try {
      line(true, "https", `${env.tls.certFile}, valid until ${loadTlsCredentials(env.tls).validTo.toISOString().slice(0, 10)}`);
    } catch (err) {
      line(false, "https", (err as Error).message);
    }
  } else {
    line(null, "https", env.trustedProxies ? `terminated by a reverse proxy (trusting ${env.trustedProxies} hop(s))` : "off: plain HTTP (set BATON_TLS_CERT and BATON_TLS_KEY, or BATON_TRUST_PROXY behind a TLS proxy)");
  }
  line(null, "sign-in", env.oidc ? `password, and OpenID Connect at ${env.oidc.issuer}` : "password");
  if (problems) process.exitCode = 1;
});

async function reportWorkers(url: string): Promise<void> {
  const { db, provider } = createDb(url);
  if (provider === "sqlite") await prepareSqlite(db);
  try {
    const since = new Date(Date.now() - 30_000);
    const workers = await db.worker.findMany({ where: { state: { not: "offline" }, lastHeartbeatAt: { gte: since } }, include: { group: true } });
    const text = workers.length ? workers.map((w) => `${w.name} (${w.group.name}, capacity ${w.capacity})`).join(", ") : "none online";
    line(null, "workers", text);
  } finally {
    await db.$disconnect();
  }
}
