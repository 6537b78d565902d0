import { expect, test } from "@playwright/test";
import { horizontalOverflow, phone, screenshotPath, signIn } from "./fixtures";

const script = `param([string]$Target = 'web01')
Write-Output "Patching $Target"
`;

test("import a pasted .ps1, filter by tag, edit tags, discard the draft, delete with confirmation", async ({ page }) => {
  await signIn(page);
  const suffix = Date.now().toString(36);
  const name = `Patch-Server-${suffix}`;
  const tag = `e2e-mgmt-${suffix}`;

  // Import: paste the script, name it, tag it.
  await page.goto("/runbooks");
  await page.getByRole("link", { name: "Import .ps1" }).click();
  await expect(page.getByRole("heading", { name: "Import a runbook" })).toBeVisible();
  await page.getByLabel("Script", { exact: true }).fill(script);
  await page.getByRole("button", { name: "Import and edit" }).click();
  await expect(page.getByText("Name is required")).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Tags").fill(tag);
  await page.screenshot({ path: screenshotPath("runbook-import"), fullPage: true });
  await page.getByRole("button", { name: "Import and edit" }).click();
  await expect(page).toHaveURL(/\/runbooks\/[0-9a-f-]+\/edit$/);
  const runbookId = page.url().split("/").at(-2)!;
  const draft = await (await page.request.get(`/api/v1/runbooks/${runbookId}/content?version=draft`)).json();
  expect(draft.content).toBe(script);

  // The list: filtering by the new tag leaves only this runbook; the state filter narrows further.
  await page.goto("/runbooks");
  await page.getByLabel("Tag", { exact: true }).selectOption(tag);
  const rows = page.getByRole("table", { name: "Runbooks" }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name);
  await expect(rows.first()).toContainText("Never run");
  await page.getByLabel("State").selectOption("published");
  await expect(page.getByText("No runbook matches these filters.")).toBeVisible();
  await page.getByLabel("State").selectOption("new");
  await expect(rows).toHaveCount(1);
  await page.getByRole("button", { name: "Name" }).click();
  await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
  await page.screenshot({ path: screenshotPath("runbook-list-filtered"), fullPage: true });

  // Properties: add a tag chip, remove the imported one, save.
  await rows.first().getByRole("link", { name }).click();
  const props = page.getByRole("form", { name: "Runbook properties" });
  await props.getByPlaceholder("Add a tag").fill("patching");
  await props.getByPlaceholder("Add a tag").press("Enter");
  await props.getByRole("button", { name: `Remove tag ${tag}` }).click();
  await props.getByLabel("Log verbose records").check();
  await expect(props.getByLabel("Job host")).toHaveValue("");
  await props.getByLabel("Job host").selectOption({ label: "Shared host" });
  await props.getByLabel("Concurrency limit").fill("0");
  await props.getByRole("button", { name: "Save properties" }).click();
  await expect(props.getByText("Concurrency limit must be at least 1")).toBeVisible();
  await props.getByLabel("Concurrency limit").fill("2");
  await props.getByRole("button", { name: "Save properties" }).click();
  await expect(props.getByText("Properties saved")).toBeVisible();
  const detail = await (await page.request.get(`/api/v1/runbooks/${runbookId}`)).json();
  expect(detail).toMatchObject({ tags: ["patching"], logVerbose: true, concurrencyLimit: 2, hostMode: "shared" });
  await page.screenshot({ path: screenshotPath("runbook-properties"), fullPage: true });
  await props.screenshot({ path: screenshotPath("runbook-properties-form") });

  // Discard draft: publish, change the draft, then reset it to the published script.
  expect((await page.request.post(`/api/v1/runbooks/${runbookId}/publish`)).status()).toBe(200);
  expect((await page.request.put(`/api/v1/runbooks/${runbookId}/draft`, { data: { content: "Write-Output 'changed'" } })).status()).toBe(200);
  await page.goto(`/runbooks/${runbookId}/edit`);
  const editor = page.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await expect(editor).toContainText("changed");

  // Unsaved edits: an in-app link asks first, and staying keeps the edits.
  await editor.locator(".view-line").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(" # unsaved");
  await expect(page.getByTestId("save-state")).toHaveText(/Unsaved changes/);
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("link", { name: "Close" }).click();
  await expect(page).toHaveURL(new RegExp(`/runbooks/${runbookId}/edit$`));

  await page.getByRole("button", { name: "Discard draft" }).click();
  const dialog = page.getByRole("dialog", { name: "Discard the draft?" });
  await expect(dialog).toContainText("published version 1");
  await dialog.getByRole("button", { name: "Discard draft" }).click();
  await expect(dialog).toBeHidden();
  await expect(editor).toContainText("Patching $Target");
  await expect(page.getByRole("heading", { name: `Edit ${name}` }).getByText("Published")).toBeVisible();
  expect((await (await page.request.get(`/api/v1/runbooks/${runbookId}/content?version=draft`)).json()).content).toBe(script);

  // Delete: the button stays disabled until the name is typed.
  await page.getByRole("link", { name: "Close" }).click();
  await page.getByRole("button", { name: "Delete runbook" }).click();
  const confirm = page.getByRole("dialog", { name: `Delete ${name}?` });
  const del = confirm.getByRole("button", { name: "Delete", exact: true });
  await expect(del).toBeDisabled();
  await confirm.getByLabel(`Type ${name} to confirm`).fill(name.toLowerCase());
  await expect(del).toBeDisabled();
  await confirm.getByLabel(`Type ${name} to confirm`).fill(name);
  await page.screenshot({ path: screenshotPath("runbook-delete-confirm") });
  await del.click();
  await expect(page).toHaveURL(/\/runbooks$/);
  expect((await page.request.get(`/api/v1/runbooks/${runbookId}`)).status()).toBe(404);
});

test("the editor completes automation cmdlets and, after -Name, existing asset names", async ({ page }) => {
  await signIn(page);
  const suffix = Date.now().toString(36);
  const variable = `SmtpServer${suffix}`;
  expect((await page.request.post("/api/v1/variables", { data: { name: variable, type: "string", value: "smtp.example.org" } })).status()).toBe(201);
  const created = await page.request.post("/api/v1/runbooks", { data: { name: `Complete-${suffix}`, content: "" } });
  const runbookId = (await created.json()).id as string;

  await page.goto(`/runbooks/${runbookId}/edit`);
  const editor = page.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.locator(".view-lines").click();
  // Typed at full speed: the editor must keep every keystroke while React catches up.
  await page.keyboard.type("$smtp = Get-AutomationV");
  await page.keyboard.press("Escape");
  await expect(editor.locator(".view-line").first()).toHaveText("$smtp\u00a0=\u00a0Get-AutomationV");
  await page.keyboard.press("Control+Space");
  const suggest = page.locator(".suggest-widget");
  await expect(suggest.getByRole("option", { name: /Get-AutomationVariable/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.type(" -Name ");
  // Other specs' variables are listed too (one database per run): pick this one.
  const option = suggest.getByRole("option", { name: new RegExp(variable) });
  await expect(option).toBeVisible();
  await page.screenshot({ path: screenshotPath("editor-asset-completion") });
  await option.click();
  await expect(editor).toContainText(`$smtp = Get-AutomationVariable -Name '${variable}'`);
});

test("on a phone, the Job host property hands a runbook back to its worker group's choice", async ({ page }) => {
  await page.setViewportSize(phone);
  await signIn(page);
  const created = await page.request.post("/api/v1/runbooks", { data: { name: `Job-Host-${Date.now().toString(36)}`, content: "Write-Output 1" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.patch(`/api/v1/runbooks/${id}`, { data: { hostMode: "process" } })).status()).toBe(200);

  await page.goto(`/runbooks/${id}`);
  const props = page.getByRole("form", { name: "Runbook properties" });
  const jobHost = props.getByLabel("Job host");
  await expect(jobHost).toHaveValue("process");
  // The hint says what a shared host shares, and with whom.
  await expect(props.getByText(/static \.NET state, loaded assemblies and Add-Type types, with other jobs of this runbook only/)).toBeVisible();
  await jobHost.selectOption({ label: "Worker group's choice" });
  await props.getByRole("button", { name: "Save properties" }).click();
  await expect(props.getByText("Properties saved")).toBeVisible();
  expect(((await (await page.request.get(`/api/v1/runbooks/${id}`)).json()) as { hostMode: string | null }).hostMode).toBeNull();
  await page.reload();
  await expect(page.getByRole("form", { name: "Runbook properties" }).getByLabel("Job host")).toHaveValue("");
  expect(await horizontalOverflow(page)).toBe(0);
  await jobHost.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("runbook-properties-job-host-phone") });
});
