import { expect, test } from "@playwright/test";
import { publishFromEditor, screenshotPath, signIn } from "./fixtures";

const script = `param([string]$Name = 'World', [int]$Count = 2)
Write-Verbose "About to greet"
foreach ($i in 1..$Count) { Write-Output "Hello, $Name! ($i)" }
Write-Warning "Greeted $Count times"`;

test("author, publish and run a runbook, then watch its job complete", async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath("dashboard") });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runbooks" }).click();
  await expect(page.getByRole("heading", { name: "Runbooks" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Hello-Baton" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("runbooks") });

  // Create
  await page.getByRole("link", { name: "New runbook" }).first().click();
  const name = `Greet-E2E-${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("Created by the first-slice e2e test.");
  await page.getByLabel("Tags").fill("e2e, demo");
  await page.screenshot({ path: screenshotPath("runbook-new") });
  await page.getByRole("button", { name: "Create and edit" }).click();
  await expect(page).toHaveURL(/\/runbooks\/[0-9a-f-]+\/edit$/);
  const runbookId = page.url().split("/").at(-2)!;

  // Type the script in Monaco, replacing the starter text.
  const editor = page.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(script);
  await expect(page.getByTestId("save-state")).toHaveText(/Unsaved changes/);

  // PowerShell highlighting: keywords and variables get their own token classes, unlike plain text.
  const keyword = editor.locator(".view-line span span", { hasText: /^foreach$/ }).first();
  const variable = editor.locator(".view-line span span", { hasText: /^\$Name$/ }).first();
  const plain = editor.locator(".view-line span span", { hasText: /^\s*Write-Verbose\s*$/ }).first();
  await expect(keyword).toHaveClass(/\bmtk\d+\b/);
  const [keywordClass, variableClass, plainClass] = await Promise.all([keyword.getAttribute("class"), variable.getAttribute("class"), plain.getAttribute("class")]);
  expect(keywordClass).not.toBe(plainClass);
  expect(variableClass).not.toBe(plainClass);
  await page.screenshot({ path: screenshotPath("runbook-editor") });

  // Save with Ctrl+S, then publish.
  await page.keyboard.press("ControlOrMeta+S");
  await expect(page.getByTestId("save-state")).toHaveText(/Draft saved/);
  const saved = await page.request.get(`/api/v1/runbooks/${runbookId}/content?version=draft`);
  expect((await saved.json()).content).toBe(script);
  await publishFromEditor(page);
  await expect(page.getByRole("heading", { name: `Edit ${name}` }).getByText("Published")).toBeVisible();

  // Start it with a parameter.
  await page.getByRole("link", { name: "Close" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(name) })).toBeVisible();
  await page.screenshot({ path: screenshotPath("runbook-overview") });
  await page.getByRole("button", { name: "Start" }).click();
  const dialog = page.getByRole("dialog", { name: `Start ${name}` });
  // The form is generated from the published param() block.
  await dialog.getByLabel("Name", { exact: true }).fill("Playwright");
  await expect(dialog.getByLabel("Count", { exact: true })).toHaveAttribute("type", "number");
  await page.screenshot({ path: screenshotPath("start-dialog") });
  await dialog.getByRole("button", { name: "Start", exact: true }).click();

  // The job page streams output live and ends Completed.
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  const streams = page.getByTestId("job-streams");
  await expect(streams).toContainText("Hello, Playwright! (1)", { timeout: 90_000 });
  await expect(streams).toContainText("Hello, Playwright! (2)");
  await expect(streams.locator("[data-stream-type=warning]")).toContainText("Greeted 2 times");
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 90_000 });
  await page.screenshot({ path: screenshotPath("first-slice"), fullPage: true });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`of ${name}`) })).toBeVisible();
  await page.screenshot({ path: screenshotPath("jobs") });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Workers" }).click();
  await expect(page.getByRole("heading", { name: "Workers" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Worker groups" })).toContainText(/default\s*Job host: Own process\s*1 of 1 worker online/);
  await page.screenshot({ path: screenshotPath("workers") });
});

test("the sample runbook runs with its default parameters", async ({ page }) => {
  await signIn(page);
  const list = await (await page.request.get("/api/v1/runbooks?search=Hello-Baton")).json();
  const sample = list.items.find((r: { name: string }) => r.name === "Hello-Baton");
  expect(sample).toBeTruthy();
  await page.goto(`/runbooks/${sample.id}`);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  const streams = page.getByTestId("job-streams");
  await expect(streams).toContainText("Hello, World! (3/3)", { timeout: 90_000 });
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 90_000 });
  await expect(streams.locator("[data-stream-type=information]")).toContainText("Greeted World 3 time(s).");
  await page.screenshot({ path: screenshotPath("sample-job"), fullPage: true });
});
