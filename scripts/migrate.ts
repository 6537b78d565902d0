// npm run db:migrate                 apply pending migrations to DATABASE_URL (a no-op when up to date)
// npm run db:status                  show what is applied and pending
// npm run db:migrate:dev -- <name>   create a migration from schema changes (run once per provider)
import { getEnv } from "@/lib/env";
import { createMigration, deployMigrations, migrationStatus } from "@/lib/db/migrate";
import { redactDatabaseUrl } from "@/lib/config/database-url";
import { runCli } from "./cli";

runCli(async () => {
  const [cmd, name] = process.argv.slice(2);
  const url = getEnv().DATABASE_URL;
  if (cmd === "deploy") {
    const applied = await deployMigrations(url);
    console.log(applied.length ? `Applied ${applied.length} migration(s) to ${redactDatabaseUrl(url)}: ${applied.join(", ")}` : `No pending migrations (${redactDatabaseUrl(url)}).`);
  } else if (cmd === "status") {
    console.log(JSON.stringify(await migrationStatus(url), null, 2));
  } else if (cmd === "dev") {
    if (!name) throw new Error("usage: npm run db:migrate:dev -- <name>");
    const dir = await createMigration(url, name);
    console.log(dir ? `Created and applied ${dir}` : "Already in sync: no schema change.");
  } else {
    throw new Error(`unknown command ${cmd ?? "(none)"}; use deploy | status | dev <name>`);
  }
});
