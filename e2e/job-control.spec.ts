import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { screenshotPath, signIn } from "./fixtures";

test("a running job is stopped from its page after confirming, with the keyboard; the buttons follow its status", async ({ page }) => {
  await signIn(page);
  const name = `Sleep-E2E-${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/runbooks", {
    data: { name, content: "Write-Output 'sleeping'\nStart-Sleep -Seconds 120\nWrite-Output 'woke up'" },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await page.request.post(`/api/v1/runbooks/${id}/publish`)).ok()).toBe(true);

  await page.goto(`/runbooks/${id}`);
  await page.getByRole("button", { name: "Start" }).click();
  // Run on lists the worker groups, the runbook's default first.
  const runOn = page.getByRole("dialog").getByLabel("Run on");
  await expect(runOn.locator("option").first()).toHaveText("Runbook default (default)");
  await expect(runOn.locator("option", { hasText: /^default — \d+ of \d+ online$/ })).toHaveCount(1);
  await page.getByRole("dialog").getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  await expect(page.getByTestId("job-streams")).toContainText("sleeping", { timeout: 60_000 });
  await expect(page.getByTestId("job-status")).toHaveText("Running");
  await expect(page.getByRole("button", { name: "Suspend" })).toBeVisible();

  // Stop asks first; the dialog opens on Cancel, so a stray Enter stops nothing.
  const stop = page.getByRole("button", { name: "Stop", exact: true });
  await stop.click();
  const ask = page.getByRole("dialog", { name: /^Stop job [0-9a-f]{8}\?$/ });
  await expect(ask).toContainText("A stopped job cannot be resumed");
  await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoA11yViolations(page);
  await page.keyboard.press("Enter");
  await expect(ask).toBeHidden();
  await expect(page.getByTestId("job-status")).toHaveText("Running");
  // Suspend asks too, and says what a resume does.
  await page.getByRole("button", { name: "Suspend" }).click();
  await expect(page.getByRole("dialog", { name: /^Suspend job/ })).toContainText("Set-AutomationCheckpoint");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("job-status")).toHaveText("Running");
  await stop.focus();
  await page.keyboard.press("Enter");
  await expect(ask).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(ask.getByRole("button", { name: "Stop job" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("job-status")).toHaveText("Stopped", { timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);
  await expect(page.getByTestId("job-streams")).not.toContainText("woke up");
  await page.screenshot({ path: screenshotPath("job-stopped"), fullPage: true });
});
