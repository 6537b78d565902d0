import { expect, test } from "@playwright/test";
import { publishFromEditor, screenshotPath, signIn } from "./fixtures";

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
const fixed = broken.replace("-gt 0 {", "-gt 0 ){");

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
  await expect(result).toContainText("2 syntax errors");
  await expect(result).toContainText("Line 9, column 21: Unexpected token '{' in expression or statement.");
  await expect(result).toContainText("Line 9, column 21: Missing closing ')' after expression in 'if' statement.");
  // Monaco draws the markers on line 9, the line with "if (".
  const squiggle = editor.locator(".squiggly-error").first();
  await expect(squiggle).toBeVisible();
  const ifLine = editor.locator(".view-line", { hasText: "if ($Replicas -gt 0 {" });
  // Monaco redraws its lines and decorations as markers arrive, so a box read mid-redraw can be
  // gone (null); the two are measured again until both are drawn.
  await expect(async () => {
    const [squiggleBox, lineBox] = [await squiggle.boundingBox(), await ifLine.boundingBox()];
    expect(squiggleBox).not.toBeNull();
    expect(lineBox).not.toBeNull();
    expect(Math.abs(squiggleBox!.y - lineBox!.y)).toBeLessThan(lineBox!.height);
  }).toPass();
  await page.screenshot({ path: screenshotPath("editor-parse-errors") });

  // Publishing a script PowerShell cannot parse is refused, naming line:column, in the dialog that asked.
  await publishFromEditor(page);
  const publishDialog = page.getByRole("dialog", { name: `Publish ${name}?` });
  await expect(publishDialog.getByText("cannot be published: line 9:21: Unexpected token '{' in expression or statement.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(publishDialog).toBeHidden();

  // Fix it where the error list points: the button puts the cursor at line 9, column 21, before "{".
  await page.getByRole("button", { name: /Line 9, column 21: Missing closing/ }).click();
  await page.keyboard.type(")");
  await page.keyboard.press("ControlOrMeta+S");
  await expect(page.getByTestId("save-state")).toHaveText(/Draft saved/);
  await expect(result).toContainText("PowerShell found no syntax errors");
  await expect(editor.locator(".squiggly-error")).toHaveCount(0);
  const saved = await (await page.request.get(`/api/v1/runbooks/${runbookId}/content?version=draft`)).json();
  expect(saved.content).toBe(fixed);
  await publishFromEditor(page);
  await expect(page.getByRole("heading", { name: `Edit ${name}` }).getByText("Published")).toBeVisible();

  // The runbook page lists the parsed parameters.
  await page.getByRole("link", { name: "Close" }).click();
  const table = page.getByTestId("runbook-parameters");
  await expect(table.getByRole("row", { name: /Environment/ })).toContainText("Required");
  await expect(table.getByRole("row", { name: /Environment/ })).toContainText("Dev, Test, Prod");
  await expect(table.getByRole("row", { name: /Replicas/ })).toContainText("[int]");
  await page.screenshot({ path: screenshotPath("runbook-parameters"), fullPage: true });

  // The Start dialog: ValidateSet → select, [int] → number, [switch] → checkbox; a missing Mandatory is the browser's quick check.
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

  // The server's word is PowerShell's, naming the parameter.
  const refused = await page.request.post(`/api/v1/runbooks/${runbookId}/jobs`, { data: { parameters: { Environment: "Staging" } } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatchObject({
    field: "parameters.Environment",
    message: expect.stringContaining(`Cannot validate argument on parameter 'Environment'. The argument "Staging" does not belong to the set "Dev,Test,Prod"`),
  });
});
