import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, monacoInternals } from "./axe";
import { createScopedOperator, phone, publishedRunbook, screenshotPath, signIn } from "./fixtures";

// A tag-scoped operator sees what they may do and no form or box they cannot use: the portal reads
// their grants (GET /me's view) and applies the API's own rule to each runbook's tags.

const run = Date.now().toString(36);
const tag = `ops-${run}`;
let operator: { username: string; password: string };
let runbookId: string;
let runbookName: string;
let jobId: string;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page);
  runbookName = `Ops-Restart-${run}`;
  runbookId = await publishedRunbook(page, { name: runbookName, tags: [tag], content: "param([string]$Service = 'spooler')\nWrite-Output \"restarted $Service\"" });
  const started = await page.request.post(`/api/v1/runbooks/${runbookId}/jobs`, { data: {} });
  jobId = (await started.json()).id as string;
  operator = await createScopedOperator(page, tag);
  await page.close();
});

test("an operator of one tag sees what they may do, and one clear notice where they may not", async ({ page }) => {
  await signIn(page, operator);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Workers" })).toHaveCount(0);

  // Dashboard: no workers count or load (no worker.read), and the chart takes the whole row.
  await expect(page.getByRole("heading", { name: "Jobs by status" })).toBeVisible();
  await expect(page.getByText("Workers online")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Worker load" })).toHaveCount(0);
  const chart = await page.getByRole("region", { name: /Jobs by status/ }).boundingBox();
  const main = await page.locator("main > *").first().boundingBox();
  expect(chart!.width).toBeGreaterThan(main!.width * 0.95);
  await expect(page.getByRole("link", { name: "New runbook" })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("operator-dashboard"), fullPage: true });
  await expectNoA11yViolations(page);

  // No form they could not submit.
  await page.goto("/runbooks");
  await expect(page.getByRole("link", { name: "New runbook" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import .ps1" })).toHaveCount(0);
  for (const path of ["/runbooks/new", "/runbooks/import", "/workers", "/admin/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toHaveCount(1);
    await expect(page.locator("main input, main textarea")).toHaveCount(0);
    await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
  }
  await expect(page.locator("main")).toContainText("It needs the settings.read permission");
  await page.goto("/workers");
  await expect(page.locator("main")).toContainText("It needs the worker.read permission, which none of your roles grants.");
  await page.screenshot({ path: screenshotPath("operator-workers-forbidden") });
  await expectNoA11yViolations(page);

  // Their runbook: Start and View script, no Edit, no webhook to add.
  await page.goto(`/runbooks/${runbookId}`);
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeEnabled();
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add webhook" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Runbook properties" })).toHaveCount(0);
  await page.getByRole("link", { name: "View script" }).click();

  // The editor says it is read-only, offers no save and no Ctrl+S.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^${runbookName}\\s*Published\\s*Read-only$`));
  await expect(page.locator("main")).toContainText("You may read this runbook's draft but not change it");
  await expect(page.locator("main")).not.toContainText("Ctrl+S");
  for (const name of ["Save draft", "Publish", "Check syntax", "Discard draft"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
  const editor = page.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.type("typed by an operator");
  await expect(editor).not.toContainText("typed by an operator");
  await expectNoA11yViolations(page, { exclude: [monacoInternals] });
  await page.screenshot({ path: screenshotPath("operator-read-only-editor") });

  // Their job: Rerun is offered.
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByRole("button", { name: "Rerun" })).toBeVisible();
});

test("the same on a phone", async ({ page }) => {
  await page.setViewportSize(phone);
  await signIn(page, operator);
  await expect(page.getByText("Workers online")).toHaveCount(0);
  await page.getByRole("button", { name: "Menu" }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Dashboard", "Runbooks", "Jobs", "API tokens", "API reference", "Password"]);
  await nav.getByRole("link", { name: "Runbooks" }).click();
  await page.getByRole("link", { name: runbookName, exact: true }).click();
  await page.getByRole("link", { name: "View script" }).click();
  await expect(page.getByText("Read-only", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("operator-read-only-editor-phone"), fullPage: true });
});
