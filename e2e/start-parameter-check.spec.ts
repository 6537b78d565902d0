import { expect, test, type Page } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const script = `param(
    [Parameter(Mandatory)][ValidateRange(1, 10)][int]$Replicas,
    [ValidatePattern('^[a-z-]+$')][string]$Slug = 'web',
    [ValidateScript({ $_ -notlike '*.old' })][string]$Target = 'main'
)
Write-Output "Scaling $Slug to $Replicas on $Target"`;

async function publishedRunbook(page: Page): Promise<{ id: string; name: string }> {
  const name = `Check-E2E-${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/runbooks", { data: { name, content: script } });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;
  expect((await page.request.post(`/api/v1/runbooks/${id}/publish`)).ok()).toBe(true);
  return { id, name };
}

for (const [device, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`the Start form shows PowerShell's refusal beside the field and what only the job checks (${device})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page);
    const runbook = await publishedRunbook(page);
    await page.goto(`/runbooks/${runbook.id}`);
    await page.getByRole("button", { name: "Start", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Start ${runbook.name}` });
    // ValidateScript is the runbook's own code: the web server leaves it to the job, and says so.
    await expect(dialog.locator("[data-parameter=Target]")).toContainText("[ValidateScript()] checked when the job runs.");

    // The browser's quick check: a Mandatory parameter left empty.
    await dialog.getByRole("button", { name: "Start", exact: true }).click();
    await expect(dialog.locator("[data-parameter=Replicas]")).toContainText("Replicas is required");

    // PowerShell's word, from the server, beside the field it names; no job is started.
    const replicas = dialog.getByLabel(/Replicas/);
    await replicas.fill("11");
    await dialog.getByRole("button", { name: "Start", exact: true }).click();
    const refusal = "Cannot validate argument on parameter 'Replicas'. The 11 argument is greater than the maximum allowed range of 10.";
    await expect(dialog.locator("[data-parameter=Replicas]")).toContainText(refusal);
    await expect(replicas).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByRole("alert").filter({ hasText: "PowerShell refused the value of Replicas." })).toBeVisible();
    await page.screenshot({ path: screenshotPath(`start-parameter-refused-${device}`), fullPage: true });
    await expect(page).toHaveURL(new RegExp(`/runbooks/${runbook.id}$`));

    // Changing the field clears the server's word; a value PowerShell accepts starts the job.
    await replicas.fill("3");
    await expect(dialog.locator("[data-parameter=Replicas]")).not.toContainText(refusal);
    await dialog.getByLabel(/Slug/).fill("api");
    await dialog.getByRole("button", { name: "Start", exact: true }).click();
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
    await expect(page.getByTestId("job-streams")).toContainText("Scaling api to 3 on main", { timeout: 90_000 });
  });
}

test("the test pane shows PowerShell's refusal of a draft's parameter beside the field", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page);
  const runbook = await publishedRunbook(page);
  await page.goto(`/runbooks/${runbook.id}/edit`);
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Test", exact: true }).click();
  const pane = page.getByRole("region", { name: "Test pane" });
  await pane.getByLabel(/Replicas/).fill("2");
  await pane.getByLabel(/Slug/).fill("Not A Slug");
  await pane.getByRole("button", { name: "Run test" }).click();
  await expect(pane.locator("[data-parameter=Slug]")).toContainText(`Cannot validate argument on parameter 'Slug'. The argument "Not A Slug" does not match the "^[a-z-]+$" pattern.`);
  await expect(pane.getByRole("alert").filter({ hasText: "PowerShell refused the value of Slug." })).toBeVisible();
  await page.screenshot({ path: screenshotPath("test-pane-parameter-refused"), fullPage: true });
});
