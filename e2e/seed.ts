// Seeds the e2e database: the administrator the specs sign in as, and the sample runbook.
// Run with DATABASE_URL, BATON_ADMIN_USERNAME and BATON_ADMIN_PASSWORD set (playwright.config.ts does).
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ensureSampleRunbook } from "@/lib/runbooks/ensure-sample-runbook";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { runCli } from "@/scripts/cli";

runCli(async () => {
  const env = getEnv();
  if (!env.BATON_ADMIN_PASSWORD) throw new Error("BATON_ADMIN_PASSWORD must be set for the e2e seed");
  const db = await getDb();
  try {
    const admin = await ensureFirstAdmin(db, { username: env.BATON_ADMIN_USERNAME, password: env.BATON_ADMIN_PASSWORD });
    await ensureSampleRunbook(db, { createdBy: "e2e" });
    console.log(admin.created ? `e2e: created administrator ${admin.username}` : "e2e: administrator already present");
  } finally {
    await db.$disconnect();
  }
});
