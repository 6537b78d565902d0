// `npm run quickstart`: everything needed to use Baton on this machine, then the portal and one
// worker on the embedded SQLite database (or DATABASE_URL). Safe to run again: each step is a no-op
// when already done.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { createDb, prepareSqlite } from "@/lib/db/client";
import { deployMigrations } from "@/lib/db/migrate";
import { redactDatabaseUrl } from "@/lib/config/database-url";
import { defaultJobUser, ensureJobUser } from "@/lib/pwsh/ensure-job-user";
import { ensurePwsh } from "@/lib/pwsh/ensure-pwsh";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { ensureSampleRunbook } from "@/lib/runbooks/ensure-sample-runbook";
import { runCli } from "./cli";
import { supervise } from "./supervise";

const root = path.resolve(import.meta.dirname, "..");

runCli(async () => {
  const env = getEnv();

  const pwsh = await ensurePwsh({ projectRoot: root, configured: env.BATON_PWSH, log: (m) => console.log(`pwsh: ${m}`) });
  console.log(`pwsh: ${pwsh.version ?? "found"} (${pwsh.source})`);

  const applied = await deployMigrations(env.DATABASE_URL);
  console.log(`database: ${redactDatabaseUrl(env.DATABASE_URL)} (${applied.length ? `applied ${applied.length} migration(s)` : "up to date"})`);

  // Jobs run sandboxed as this unprivileged user (lib/pwsh/job-isolation.ts); after the migration, so the database file is closed to it too.
  if (env.BATON_JOB_ISOLATION !== "none") ensureJobUser(env.BATON_JOB_USER ?? defaultJobUser, { dataDir: env.dataDir, projectRoot: path.resolve(import.meta.dirname, "..") }, (m) => console.log(`job user: ${m}`));

  const { db, provider } = createDb(env.DATABASE_URL);
  if (provider === "sqlite") await prepareSqlite(db);
  try {
    const admin = await ensureFirstAdmin(db, { username: env.BATON_ADMIN_USERNAME, password: env.BATON_ADMIN_PASSWORD });
    if (admin.created) {
      console.log(`\nFirst administrator created: ${admin.username}`);
      if (admin.generatedPassword) console.log(`Password (shown once; Baton asks you to choose your own at the first sign-in): ${admin.generatedPassword}\n`);
    }
    await ensureSampleRunbook(db, { createdBy: "setup" });
  } finally {
    await db.$disconnect();
  }

  buildIfStale();

  console.log(`\nBaton is starting at ${env.publicUrl} (Ctrl+C stops the portal and the worker).\n`);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", BATON_URL: env.publicUrl, BATON_PWSH: pwsh.path };
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  const code = await supervise([
    { name: "portal", command: bin("tsx"), args: [path.join(root, "server/serve.ts")], env: childEnv },
    { name: "worker", command: bin("tsx"), args: [path.join(root, "worker/index.ts")], env: childEnv },
  ]);
  process.exitCode = code;
});

/** Builds the portal when there is no build, or the sources changed since the last one. */
function buildIfStale(): void {
  const stamp = path.join(root, ".next", "baton-source-rev");
  const rev = sourceRevision();
  const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === rev;
  if (built && rev !== "unknown") return;
  console.log("portal: building (about a minute on two cores) …");
  execFileSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(stamp, rev);
}

function sourceRevision(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "app", "components", "lib"], { cwd: root, encoding: "utf8" }).trim();
    return dirty ? "unknown" : head;
  } catch {
    return "unknown";
  }
}
