import { expect, test } from "@playwright/test";
import { greetingModuleFiles, greetingModuleZip, zipFiles } from "../lib/modules/testing/module-zips";
import { screenshotPath, signIn } from "./fixtures";

test("modules: upload a .zip in the portal, see its commands, import it in a runbook; a malicious zip is refused", async ({ page }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Modules" }).click();
  await expect(page.getByRole("heading", { name: "Modules", level: 1 })).toBeVisible();

  // A zip that would write outside the module folder is refused with the entry named.
  const upload = page.getByLabel("Module archive (.zip)");
  await upload.setInputFiles({ name: "evil.zip", mimeType: "application/zip", buffer: Buffer.from(zipFiles({ ...greetingModuleFiles("Evil", "1.0.0"), "../evil.ps1": "whoami" })) });
  await page.getByRole("button", { name: "Upload module" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The module was not uploaded" })).toContainText("Archive entry '../evil.ps1' escapes the module folder");

  await upload.setInputFiles({ name: "E2EGreeter.zip", mimeType: "application/zip", buffer: Buffer.from(greetingModuleZip("E2EGreeter", "1.0.0")) });
  await page.getByRole("button", { name: "Upload module" }).click();
  await expect(page).toHaveURL(/\/modules\/E2EGreeter$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "E2EGreeter" })).toBeVisible();
  const commands = page.getByRole("list", { name: "Exported commands" });
  await expect(commands.getByRole("listitem")).toHaveText([/Get-Greeting\s*Function/, /Set-Greeting\s*Function/]);
  await expect(page.getByRole("row", { name: /1\.0\.0 active/ })).toBeVisible();

  await page.getByRole("link", { name: "Modules" }).first().click();
  const row = page.getByRole("row", { name: /E2EGreeter/ });
  await expect(row).toContainText("1.0.0");
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");
  await page.screenshot({ path: screenshotPath("modules-list"), fullPage: true });

  // A runbook imports it by name; the worker has synced it before the job starts.
  const created = await page.request.post("/api/v1/runbooks", { data: { name: `Uses-Module-${Date.now().toString(36)}`, content: "Import-Module E2EGreeter\nGet-Greeting -Name Portal" } });
  const runbookId = (await created.json()).id as string;
  await page.goto(`/runbooks/${runbookId}/edit`);
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Test", exact: true }).click();
  const pane = page.getByRole("region", { name: "Test pane" });
  await pane.getByRole("button", { name: "Run test" }).click();
  await expect(pane.getByTestId("test-job-status")).toHaveText("Completed", { timeout: 90_000 });
  const output = pane.getByTestId("job-streams").locator("[data-stream-type=output]");
  await expect(output).toHaveCount(1);
  await expect(output).toContainText("Hello Portal from E2EGreeter 1.0.0");
  await page.screenshot({ path: screenshotPath("module-used-in-test-pane"), fullPage: true });

  // A second version becomes the active one; the older one can be activated again.
  await page.goto("/modules");
  await page.getByLabel("Module archive (.zip)").setInputFiles({ name: "v2.zip", mimeType: "application/zip", buffer: Buffer.from(greetingModuleZip("E2EGreeter", "2.0.0", "Hi")) });
  await page.getByRole("button", { name: "Upload module" }).click();
  await expect(page.getByRole("row", { name: /2\.0\.0 active/ })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Activate 1.0.0" }).click();
  await expect(page.getByRole("row", { name: /1\.0\.0 active/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Activate 2.0.0" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("module-detail"), fullPage: true });
});
