import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const paramBlock = `param(
    [Parameter(Mandatory, HelpMessage = 'Where to deploy')]
    [ValidateSet('Dev', 'Test', 'Prod')]
    [string]$Environment,
    [int]$Replicas = 2,
    [switch]$DryRun
)
Write-Output "Deploying $Replicas to $Environment (dry run: $DryRun)"
`;
const broken = `${paramBlock}if ($Replicas -gt 0 {\n    Write-Output 'scaled'\n}\n`;
const fixed = `${paramBlock}if ($Replicas -gt 0) {\n    Write-Output 'scaled'\n}`;

test("parse errors show in the editor and block publishing; the Start form is generated from param()", async ({ page }) => {
  await signIn(page);
  const name = `Deploy-E2E-${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/runbooks", { data: { name, content: broken } });
  expect(created.status()).toBe(201);
  const runbookId = (await created.json()).id as string;

  // Check syntax: PowerShell's error appears in the list and as a Monaco marker on line 9.
  await page.goto(`/runbooks/${runbookId}/edit`);
  const editor = page.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Check syntax" }).click();
  const result = page.getByTestId("parse-result");
  await expect(result).toContainText("1 syntax error");
  await expect(result).toContainText(/Line 9, column \d+: Missing closing '\)'/);
  await expect(editor.locator(".squiggly-error")).toHaveCount(1);
  await page.screenshot({ path: screenshotPath("editor-parse-errors") });

  // Publishing a script PowerShell cannot parse is refused, naming line:column.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/cannot be published: line 9:\d+: Missing closing '\)'/)).toBeVisible();

  // Fix, save: no errors, no markers; publish.
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(fixed);
  await page.keyboard.press("ControlOrMeta+S");
  await expect(page.getByTestId("save-state")).toHaveText(/Draft saved/);
  await expect(result).toContainText("PowerShell found no syntax errors");
  await expect(editor.locator(".squiggly-error")).toHaveCount(0);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("heading", { name: `Edit ${name}` }).getByText("Published")).toBeVisible();

  // The runbook page lists the parsed parameters.
  await page.getByRole("link", { name: "Close" }).click();
  const table = page.getByTestId("runbook-parameters");
  await expect(table.getByRole("row", { name: /Environment/ })).toContainText("Required");
  await expect(table.getByRole("row", { name: /Environment/ })).toContainText("Dev, Test, Prod");
  await expect(table.getByRole("row", { name: /Replicas/ })).toContainText("[int]");
  await page.screenshot({ path: screenshotPath("runbook-parameters"), fullPage: true });

  // The Start dialog: ValidateSet → select, [int] → number, [switch] → checkbox; Mandatory is checked client-side.
  await page.getByRole("button", { name: "Start" }).click();
  const dialog = page.getByRole("dialog", { name: `Start ${name}` });
  const environment = dialog.getByRole("combobox", { name: /Environment/ });
  await expect(environment.locator("option")).toHaveText(["Choose…", "Dev", "Test", "Prod"]);
  await expect(dialog.getByLabel("Replicas")).toHaveAttribute("type", "number");
  await expect(dialog.getByText("Where to deploy")).toBeVisible();
  await dialog.getByRole("button", { name: "Start", exact: true }).click();
  await expect(dialog.getByText("Environment is required").first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/runbooks/${runbookId}$`));
  await page.screenshot({ path: screenshotPath("start-dialog-generated") });

  await environment.selectOption("Test");
  await dialog.getByLabel("Replicas").fill("3");
  await dialog.getByRole("checkbox", { name: "DryRun" }).check();
  await dialog.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  const streams = page.getByTestId("job-streams");
  await expect(streams).toContainText("Deploying 3 to Test (dry run: True)", { timeout: 90_000 });
  await expect(streams).toContainText("scaled");
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 90_000 });

  // The server holds the same rules as the form.
  const refused = await page.request.post(`/api/v1/runbooks/${runbookId}/jobs`, { data: { parameters: { Environment: "Staging" } } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.message).toBe("Environment must be one of: Dev, Test, Prod");
});
