import { expect, test } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { retentionLease } from "@/lib/retention/run-retention";
import { createJobRow } from "@/lib/retention/testing/job-rows";
import { sampleRunbookName } from "@/lib/runbooks/ensure-sample-runbook";
import { screenshotPath, signIn } from "./fixtures";

/** Jobs and audit events from long ago, written straight into the run's database (the UI cannot backdate). */
async function arrangeOldHistory(): Promise<void> {
  const { db } = createDb(`file:${process.env.BATON_E2E_DIR}/baton.db`);
  try {
    const now = new Date();
    // The worker's own scheduled purge must not take these rows before the admin's "Purge now" does.
    const later = new Date(now.getTime() + 60 * 60 * 1000);
    await db.maintenanceLease.upsert({ where: { name: retentionLease }, create: { name: retentionLease, nextRunAt: later }, update: { nextRunAt: later } });
    const runbook = await db.runbook.findUniqueOrThrow({ where: { name: sampleRunbookName }, select: { id: true, publishedVersionId: true } });
    for (const status of ["Completed", "Failed", "Stopped"]) {
      await createJobRow(db, { runbookId: runbook.id, runbookVersionId: runbook.publishedVersionId!, status, ageDays: 400, now });
    }
    const longAgo = new Date(now.getTime() - 400 * 24 * 60 * 60 * 1000);
    await db.auditEvent.createMany({ data: [1, 2].map(() => ({ actorKind: "system", actorName: "e2e", action: "e2e.old_event", at: longAgo })) });
  } finally {
    await db.$disconnect();
  }
}

test("an admin changes retention settings, is told which value is out of range, saves, purges now and finds both in the audit log", async ({ page }) => {
  await arrangeOldHistory();
  await signIn(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();

  const jobDays = page.getByLabel("Keep finished jobs for (days)");
  const auditDays = page.getByLabel("Keep audit events for (days)");
  await expect(jobDays).toHaveValue("90");
  await jobDays.fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Keep finished jobs for (days) must be at least 1 day")).toBeVisible();
  await expect(jobDays).toHaveAttribute("aria-invalid", "true");

  // The server names the field just the same for an API client.
  const refused = await page.request.patch("/api/v1/settings", { data: { maxJobRecords: 5 } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatchObject({ field: "maxJobRecords", message: "maxJobRecords: must be at least 100 jobs" });

  await jobDays.fill("30");
  await auditDays.fill("180");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(page.getByText("Keep finished jobs for (days) must be at least 1 day")).toHaveCount(0);
  // A later attempt the form refuses must not leave the earlier "saved" standing.
  await jobDays.fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Keep finished jobs for (days) must be at least 1 day")).toBeVisible();
  await expect(page.getByText("Settings saved.")).toHaveCount(0);
  await jobDays.fill("30");

  await page.getByRole("button", { name: "Purge now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Deleted 3 jobs and 2 audit events in [\d,]+ ms\.$/ })).toBeVisible();
  await expect(page.getByText("(run by hand)")).toBeVisible();
  await page.reload();
  await expect(jobDays).toHaveValue("30");
  await expect(auditDays).toHaveValue("180");
  await expect(page.getByText(/^Deleted 3 jobs and 2 audit events/)).toBeVisible();
  await page.screenshot({ path: screenshotPath("admin-settings"), fullPage: true });

  await nav.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Action").fill("settings.update");
  await page.getByRole("button", { name: "Filter" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "settings.update" }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('"before":{"jobRetentionDays":90,"auditRetentionDays":365}');
  await expect(row).toContainText('"after":{"jobRetentionDays":30,"auditRetentionDays":180}');
  // The cell holds one line; opened, the whole before/after as indented JSON.
  await row.getByTitle("Show all details").click();
  await expect(row.locator("pre")).toBeVisible();
  await expect(row.locator("pre")).toContainText('"jobRetentionDays": 30');
  await page.screenshot({ path: screenshotPath("admin-settings-audit") });
  await page.getByLabel("Action").fill("retention.purge");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").filter({ hasText: '"jobsDeleted":3' })).toHaveCount(1);
});
