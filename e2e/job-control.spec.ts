import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("a running job can be stopped from its page, and the buttons follow its status", async ({ page }) => {
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
  await page.getByRole("dialog").getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  await expect(page.getByTestId("job-streams")).toContainText("sleeping", { timeout: 60_000 });
  await expect(page.getByTestId("job-status")).toHaveText("Running");
  await expect(page.getByRole("button", { name: "Suspend" })).toBeVisible();

  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("Stopped", { timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);
  await expect(page.getByTestId("job-streams")).not.toContainText("woke up");
  await page.screenshot({ path: screenshotPath("job-stopped"), fullPage: true });
});
