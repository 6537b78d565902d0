import { expect, test } from "@playwright/test";
import { horizontalOverflow, phone, screenshotPath, signIn } from "./fixtures";

const script = `param([object]$WebhookData, [string]$Greeting = 'Hello')
$alert = $WebhookData.RequestBody | ConvertFrom-Json
Write-Output "$Greeting from $($WebhookData.WebhookName): $($alert.alert) on $($alert.host)"`;

test("create a webhook, call its URL from outside, and see the job built from $WebhookData", async ({ page, request, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page);
  const name = `Webhook-E2E-${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/runbooks", { data: { name, content: script } });
  expect(created.status()).toBe(201);
  const runbookId = (await created.json()).id as string;
  expect((await page.request.post(`/api/v1/runbooks/${runbookId}/publish`)).ok()).toBe(true);

  await page.goto(`/runbooks/${runbookId}`);
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Webhooks", exact: true }) });
  await expect(card).toContainText("No webhooks.");
  await card.getByRole("button", { name: "Add webhook" }).click();
  const dialog = page.getByRole("dialog", { name: `Add a webhook to ${name}` });
  await dialog.getByLabel("Name").fill("Alertmanager");
  // The form offers the runbook's other parameters; WebhookData is each call's own.
  await expect(dialog.getByLabel("WebhookData")).toHaveCount(0);
  await dialog.getByLabel("Greeting").fill("Alert");
  // The form checks the route's own schema: an expiry in the past is refused before anything is sent.
  const expires = dialog.getByLabel("Expires");
  const oneYear = await expires.inputValue();
  await expires.fill("2020-01-01T09:00");
  await dialog.getByRole("button", { name: "Create webhook" }).click();
  await expect(dialog.getByText("Expires must be in the future")).toBeVisible();
  await page.screenshot({ path: screenshotPath("webhook-create-form") });
  await expires.fill(oneYear);
  await dialog.getByRole("button", { name: "Create webhook" }).click();

  const shown = page.getByRole("dialog", { name: "Webhook Alertmanager created" });
  await expect(shown.getByRole("status")).toContainText("shown this once and never again");
  await expect(shown.getByRole("status")).toContainText("Baton stores only a hash of the token in it.");
  const field = shown.getByLabel("Webhook URL");
  // Built on BATON_URL, which the e2e server sets to the address the browser uses.
  await expect(field).toHaveValue(new RegExp(`^${new URL(page.url()).origin}/api/v1/webhooks/invoke/bwh_[A-Za-z0-9_-]{43}$`));
  const url = await field.inputValue();
  await shown.getByRole("button", { name: "Copy" }).click();
  await expect(shown.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await page.screenshot({ path: screenshotPath("webhook-created") });
  // On a phone the URL, longer than other secrets, wraps whole into view: nothing scrolls inside the field or sideways.
  const viewport = page.viewportSize()!;
  await page.setViewportSize(phone);
  await expect.poll(() => field.evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
  expect(await horizontalOverflow(page)).toBe(0);
  await page.screenshot({ path: screenshotPath("webhook-created-phone") });
  await page.setViewportSize(viewport);
  await shown.getByRole("button", { name: "Done" }).click();

  const row = card.getByTestId("webhook-Alertmanager");
  await expect(row).toContainText("Enabled");
  await expect(row).toContainText("Never");
  // The list never shows the URL again.
  await expect(page.getByText(url)).toHaveCount(0);
  expect(await page.content()).not.toContain(url);

  // An outside system calls it: no session, just the URL.
  const called = await request.post(url, { data: { alert: "DiskFull", host: "db-01" }, headers: { authorization: "Bearer not-for-the-runbook" } });
  expect(called.status()).toBe(202);
  const { JobIds } = (await called.json()) as { JobIds: string[] };
  expect(JobIds).toHaveLength(1);
  const unknown = await request.post(url.replace(/.{6}$/, "AAAAAA"), { data: "x" });
  expect(unknown.status()).toBe(404);

  await page.goto(`/jobs/${JobIds[0]}`);
  await expect(page.getByTestId("job-streams")).toContainText("Alert from Alertmanager: DiskFull on db-01", { timeout: 90_000 });
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 90_000 });
  await page.screenshot({ path: screenshotPath("webhook-job"), fullPage: true });

  // Disabled, the same URL gets the same 404 as an unknown one.
  await page.goto(`/runbooks/${runbookId}`);
  await expect(row).not.toContainText("Never");
  // Moving the expiry close flags it in the list.
  await row.getByRole("button", { name: "Change expiry of webhook Alertmanager" }).click();
  const expiry = page.getByRole("dialog", { name: "Change expiry of Alertmanager" });
  const inTenDays = await page.evaluate(() => {
    const d = new Date(Date.now() + 10 * 86_400_000 - 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await expiry.getByLabel("Expires").fill(inTenDays);
  await expiry.getByRole("button", { name: "Save expiry" }).click();
  await expect(row).toContainText("Expires in 10 days");
  await row.getByRole("button", { name: "Disable webhook Alertmanager" }).click();
  await expect(row).toContainText("Disabled");
  await page.screenshot({ path: screenshotPath("webhooks"), fullPage: true });
  const disabled = await request.post(url, { data: "x" });
  expect(disabled.status()).toBe(404);
  expect(await disabled.text()).toBe(await unknown.text());

  // Started by hand, the [object] parameter takes JSON, as a webhook call would deliver it.
  await page.getByRole("button", { name: "Start" }).first().click();
  const start = page.getByRole("dialog", { name: `Start ${name}` });
  await start.getByLabel("WebhookData", { exact: true }).fill(JSON.stringify({ WebhookName: "Manual", RequestBody: JSON.stringify({ alert: "CpuHigh", host: "web-02" }) }, null, 2));
  await start.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  await expect(page.getByTestId("job-streams")).toContainText("Hello from Manual: CpuHigh on web-02", { timeout: 90_000 });
  // The job page shows the object parameter as indented JSON.
  await expect(page.locator("pre", { hasText: '"WebhookName": "Manual"' })).toBeVisible();
  await page.screenshot({ path: screenshotPath("webhook-manual-job"), fullPage: true });
  await page.goto(`/runbooks/${runbookId}`);

  await row.getByRole("button", { name: "Delete webhook Alertmanager" }).click();
  await page.getByRole("dialog", { name: "Delete webhook Alertmanager?" }).getByRole("button", { name: "Delete webhook" }).click();
  await expect(card).toContainText("No webhooks.");
});
