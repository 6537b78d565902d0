import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { screenshotPath, signIn } from "./fixtures";

// A listing of a directory the script makes, so the table is the same on every machine.
const listing = [
  "$dir = New-Item -ItemType Directory -Path (Join-Path $env:TMPDIR 'listing')",
  "'alpha.txt', 'beta.log', 'gamma.md' | ForEach-Object { Set-Content -Path (Join-Path $dir $_) -Value $_ }",
  "Get-ChildItem $dir | Sort-Object Name | Format-Table Name, Length",
].join("\n");

const script = [
  listing,
  "Write-Host 'All systems go' -ForegroundColor Red",
  "1..3 | ForEach-Object { Write-Progress -Activity 'Copying files' -Status \"$_ of 4\" -PercentComplete ($_ * 25) }",
  "Write-Information 'tagged note' -Tags audit",
  "Get-Item /nothing/here",
  "exit 3",
].join("\n");

async function createPublished(page: Page, name: string, content: string): Promise<string> {
  const created = await page.request.post("/api/v1/runbooks", { data: { name, content } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.post(`/api/v1/runbooks/${id}/publish`)).ok()).toBe(true);
  return id;
}

/** The lines the job page shows for output records, in order. */
async function outputLines(page: Page): Promise<string[]> {
  const texts = await page.getByTestId("job-streams").locator("[data-stream-type=output] span.whitespace-pre-wrap").allInnerTexts();
  return texts.flatMap((t) => t.split("\n"));
}

test("a job page shows Format-Table as one table, Write-Host in colour, progress, record details, times and the exit code", async ({ page }) => {
  await signIn(page);
  const id = await createPublished(page, `Fidelity-E2E-${Date.now().toString(36)}`, script);
  const started = await page.request.post(`/api/v1/runbooks/${id}/jobs`, { data: {} });
  const job = (await started.json()) as { id: string };

  await page.goto(`/jobs/${job.id}`);
  await expect(page.getByTestId("job-status")).toHaveText("Failed", { timeout: 90_000 });
  await expect(page.getByText("Runbook exited with code 3").first()).toBeVisible();
  await expect(page.getByTestId("job-exit-code")).toHaveText("3");

  // One table with one header, as pwsh prints it; no format-data class names.
  const streams = page.getByTestId("job-streams");
  await expect(streams).toContainText("alpha.txt");
  const lines = await outputLines(page);
  expect(lines.filter((l) => /^Name\s+Length$/.test(l.trim()))).toHaveLength(1);
  expect(lines.filter((l) => /^(alpha\.txt|beta\.log|gamma\.md)\s+\d+$/.test(l.trim()))).toHaveLength(3);
  await expect(streams).not.toContainText("Internal.Format");

  // Write-Host -ForegroundColor Red is red (pwsh's bright red), not the stream's own colour.
  const red = streams.locator("[data-stream-type=information] [data-ansi-styled]", { hasText: "All systems go" });
  await expect(red).toHaveCSS("color", "rgb(255, 85, 85)");

  // The progress bar the test pane has.
  const bar = page.getByRole("progressbar", { name: "Copying files" });
  await expect(bar).toHaveAttribute("aria-valuenow", "75");

  // An Error record's details: category, position, script stack.
  const error = streams.locator("[data-stream-type=error]").first();
  await expect(error).toContainText("Get-Item:");
  await error.getByRole("button", { name: "Details" }).click();
  await expect(error.getByRole("definition").first()).toBeVisible();
  await expect(error).toContainText("ObjectNotFound");
  await expect(error).toContainText("PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand");
  await expect(error).toContainText("at <ScriptBlock>");

  // Per-record times.
  await page.getByLabel("Times").check();
  await expect(streams.getByTestId("record-time").first()).toHaveText(/^\d\d:\d\d:\d\d\.\d{3}$/);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath("job-fidelity-1440"), fullPage: true });

  // The log downloads as HTML with the colours.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the log as a web page with colours (HTML)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`job-${job.id}.html`);
  const html = fs.readFileSync(await download.path(), "utf8");
  expect(html).toContain('<span style="color:rgb(255, 85, 85)">All systems go</span>');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("job-streams")).toContainText("alpha.txt");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath("job-fidelity-390"), fullPage: true });
});

test("the test pane shows Format-Table as one table", async ({ page }) => {
  await signIn(page);
  const id = await createPublished(page, `Fidelity-Pane-${Date.now().toString(36)}`, listing);
  await page.goto(`/runbooks/${id}/edit`);
  await page.getByRole("button", { name: "Test" }).click();
  const pane = page.getByRole("region", { name: "Test pane" });
  await pane.getByRole("button", { name: "Run test" }).click();
  await expect(pane.getByTestId("test-job-status")).toHaveText("Completed", { timeout: 90_000 });
  const texts = await pane.getByTestId("job-streams").locator("[data-stream-type=output] span.whitespace-pre-wrap").allInnerTexts();
  const lines = texts.flatMap((t) => t.split("\n"));
  expect(lines.filter((l) => /^Name\s+Length$/.test(l.trim()))).toHaveLength(1);
  expect(lines.filter((l) => /^(alpha\.txt|beta\.log|gamma\.md)\s+\d+$/.test(l.trim()))).toHaveLength(3);
  await page.screenshot({ path: screenshotPath("test-pane-format-table"), fullPage: true });
});

test("an empty filtered job list offers Clear filters", async ({ page }) => {
  await signIn(page);
  await page.goto("/jobs?status=Resuming");
  await expect(page.getByRole("heading", { name: "No matching jobs" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole("heading", { name: "No matching jobs" })).toHaveCount(0);
});
