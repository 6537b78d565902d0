import { expect, test, type Cookie, type Page } from "@playwright/test";
import { greetingModuleZip } from "../lib/modules/testing/module-zips";
import { expectNoA11yViolations } from "./axe";
import { screenshotPath, signIn } from "./fixtures";

// Every portal page is scanned by axe for WCAG 2.1 A/AA problems once its data has loaded; the
// keyboard checks below walk the flows an admin without a mouse uses most.

interface Seeded {
  runbookId: string;
  runbookName: string;
  jobId: string;
  scheduleId: string;
  /** The administrator's session: each test starts signed in with it instead of signing in again. */
  session: Cookie[];
}

let seeded: Seeded;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page);
  const runbookName = `A11y-E2E-${Date.now().toString(36)}`;
  const content = "param([Parameter(Mandatory)][string]$Who, [int]$Times = 1)\nWrite-Output \"hello $Who\"\nWrite-Warning 'careful'";
  const created = await page.request.post("/api/v1/runbooks", { data: { name: runbookName, content, tags: ["a11y"] } });
  expect(created.status()).toBe(201);
  const { id: runbookId } = await created.json();
  expect((await page.request.post(`/api/v1/runbooks/${runbookId}/publish`)).ok()).toBe(true);
  const started = await page.request.post(`/api/v1/runbooks/${runbookId}/jobs`, { data: { parameters: { Who: "axe" } } });
  expect(started.ok()).toBe(true);
  const { id: jobId } = await started.json();
  const schedule = await page.request.post("/api/v1/schedules", {
    data: { name: `A11y-E2E-${runbookName}`, kind: "weekly", weekDays: [1, 5], startAt: "2030-01-07T09:00:00Z", timeZone: "Europe/Berlin" },
  });
  expect(schedule.status()).toBe(201);
  const { id: scheduleId } = await schedule.json();
  expect((await page.request.post(`/api/v1/schedules/${scheduleId}/runbooks`, { data: { runbookId, parameters: { Who: "schedule" } } })).ok()).toBe(true);
  expect((await page.request.post("/api/v1/variables", { data: { name: `A11y-${runbookName}`, type: "string", value: "v" } })).status()).toBe(201);
  const { cookies: session } = await page.context().storageState();
  await page.close();
  seeded = { runbookId, runbookName, jobId, scheduleId, session };
});

/** Opens a page and waits until its heading is shown and no loading spinner is left. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator("main [role=status][aria-busy=true], main .animate-spin")).toHaveCount(0);
}

test.describe("every portal page passes axe (WCAG 2.1 A/AA)", () => {
  test.beforeEach(async ({ context }) => context.addCookies(seeded.session));

  const simplePages: Array<[string, string]> = [
    ["dashboard", "/"],
    ["runbooks list", "/runbooks"],
    ["new runbook", "/runbooks/new"],
    ["import runbook", "/runbooks/import"],
    ["jobs list", "/jobs"],
    ["schedules list", "/schedules"],
    ["new schedule form", "/schedules/new"],
    ["modules", "/modules"],
    ["workers", "/workers"],
    ["API tokens", "/settings/tokens"],
    ["password", "/settings/password"],
    ["audit log", "/admin/audit"],
    ["admin settings", "/admin/settings"],
    ["API reference", "/api-reference"],
  ];
  for (const [name, path] of simplePages) {
    test(name, async ({ page }) => {
      await open(page, path);
      await expectNoA11yViolations(page);
    });
  }

  for (const [path, opener] of [["/admin/users", "New user"], ["/admin/groups", "New group"]]) {
    test(`${path} and its ${opener} dialog`, async ({ page }) => {
      await open(page, path);
      await expectNoA11yViolations(page);
      await page.getByRole("button", { name: opener }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }

  test("runbook overview and its Start dialog", async ({ page }) => {
    await open(page, `/runbooks/${seeded.runbookId}`);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: screenshotPath("a11y-runbook-overview"), fullPage: true });
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoA11yViolations(page);
    // Submitting without the mandatory parameter shows the field's error.
    await page.getByRole("dialog").getByRole("button", { name: "Start" }).click();
    await expect(page.getByRole("dialog").getByRole("alert").first()).toBeVisible();
    await expectNoA11yViolations(page);
    // A value PowerShell refuses on the server shows its message beside the field.
    await page.getByRole("dialog").getByLabel(/Who/).fill("axe");
    await page.getByRole("dialog").getByLabel(/Times/).fill("99999999999");
    await page.getByRole("dialog").getByRole("button", { name: "Start" }).click();
    await expect(page.getByRole("dialog").locator("[data-parameter=Times]")).toContainText("Cannot process argument transformation on parameter 'Times'");
    await expectNoA11yViolations(page);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("new runbook form showing its validation errors", async ({ page }) => {
    await open(page, "/runbooks/new");
    await page.getByRole("button", { name: /^Create/ }).click();
    await expect(page.locator("main [aria-invalid=true]").first()).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("API token shown once after creation", async ({ page }) => {
    await open(page, "/settings/tokens");
    await page.getByLabel("Token name").fill("a11y check");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByLabel("API token", { exact: true })).toHaveValue(/^bat_/);
    await expectNoA11yViolations(page);
  });

  test("dashboard on a phone-sized screen, with the navigation behind the Menu button", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, "/");
    await expectNoA11yViolations(page);
  });

  test("runbook editor with the test pane beside it, and the Publish confirmation", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const edited = "param([Parameter(Mandatory)][string]$Who)\nWrite-Output \"hello again $Who\"";
    expect((await page.request.put(`/api/v1/runbooks/${seeded.runbookId}/draft`, { data: { content: edited } })).ok()).toBe(true);
    await open(page, `/runbooks/${seeded.runbookId}/edit`);
    await expect(page.locator(".monaco-editor").first()).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Test" }).click();
    await expect(page.getByRole("button", { name: "Hide test pane" })).toBeVisible();
    // On a wide screen the pane sits beside the editor, and Save and Publish stay in view.
    const editor = (await page.getByTestId("runbook-editor").boundingBox())!;
    const pane = (await page.getByRole("region", { name: "Test pane" }).boundingBox())!;
    expect(pane.x).toBeGreaterThan(editor.x + editor.width - 1);
    expect(pane.y).toBeLessThan(editor.y + editor.height);
    await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeInViewport();
    await page.screenshot({ path: screenshotPath("editor-test-pane-beside") });
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const ask = page.getByRole("dialog", { name: `Publish ${seeded.runbookName}?` });
    await expect(ask).toContainText("Publishing replaces version 1 with the current draft as version 2");
    await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
    await expectNoA11yViolations(page);
    await page.keyboard.press("Escape");
    await expect(ask).toBeHidden();
  });

  test("runbook versions, and the Restore confirmation over unpublished work", async ({ page }) => {
    expect((await page.request.put(`/api/v1/runbooks/${seeded.runbookId}/draft`, { data: { content: "Write-Output 'unpublished work'" } })).ok()).toBe(true);
    await open(page, `/runbooks/${seeded.runbookId}/versions`);
    // Checked once Monaco has computed the diff and tinted the changed words, the darkest background
    // its tokens are drawn on. That waits for Monaco's bundle, its worker and the diff itself, which on
    // a loaded 2-core machine took longer than the default 10 s.
    await expect(page.locator(".monaco-diff-editor .char-delete").first()).toBeVisible({ timeout: 30_000 });
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Restore Version 1 into draft" }).click();
    await expect(page.getByRole("dialog", { name: "Restore Version 1 into the draft?" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.keyboard.press("Escape");
  });

  test("a user's Delete confirmation", async ({ page }) => {
    await open(page, "/admin/users");
    await page.getByRole("button", { name: "Delete e2e-admin" }).click();
    await expect(page.getByRole("dialog", { name: "Delete e2e-admin?" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.keyboard.press("Escape");
  });

  test("job page", async ({ page }) => {
    await open(page, `/jobs/${seeded.jobId}`);
    await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 60_000 });
    await expect(page.getByTestId("job-streams")).toContainText("hello axe");
    await expectNoA11yViolations(page);
    await page.screenshot({ path: screenshotPath("a11y-job-page"), fullPage: true });
  });

  test("schedule page and its edit form", async ({ page }) => {
    await open(page, `/schedules/${seeded.scheduleId}`);
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Link runbook" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoA11yViolations(page);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Edit" }).click();
    await expect(page.getByRole("button", { name: "Save schedule" })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  const assetTabs: Array<[string, string]> = [
    ["variables", "variable"],
    ["credentials", "credential"],
    ["connection-types", "connection type"],
    ["connections", "connection"],
    ["certificates", "certificate"],
  ];
  for (const [tab, label] of assetTabs) {
    test(`assets: ${tab} and its new-${label} form`, async ({ page }) => {
      await open(page, `/assets/${tab}`);
      await expectNoA11yViolations(page);
      await page.getByRole("button", { name: `New ${label}` }).click();
      await expectNoA11yViolations(page);
    });
  }

  test("module page", async ({ page }) => {
    await open(page, "/modules");
    await page.getByLabel("Module archive (.zip)").setInputFiles({ name: "A11yGreeter.zip", mimeType: "application/zip", buffer: Buffer.from(greetingModuleZip("A11yGreeter", "1.0.0")) });
    await page.getByRole("button", { name: "Upload module" }).click();
    await expect(page).toHaveURL(/\/modules\/A11yGreeter$/, { timeout: 60_000 });
    await expect(page.getByRole("list", { name: "Exported commands" }).getByRole("listitem")).toHaveCount(2);
    await expectNoA11yViolations(page);
  });
});

test("the sign-in page passes axe", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByLabel("Username")).toBeVisible();
  await expectNoA11yViolations(page);
});

test.describe("keyboard only", () => {
  test.beforeEach(async ({ context }) => context.addCookies(seeded.session));

  test("the skip link is the first stop and moves focus past the navigation to the main content", async ({ page }) => {
    await open(page, "/runbooks");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.screenshot({ path: screenshotPath("a11y-skip-link") });
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // The next Tab lands inside main, not back in the navigation.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
  });

  test("the Start dialog opens, is filled and submitted with the keyboard, and focus returns to the opener on close", async ({ page }) => {
    await open(page, `/runbooks/${seeded.runbookId}`);
    const startButton = page.getByRole("button", { name: "Start", exact: true });
    await startButton.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Start ${seeded.runbookName}` });
    await expect(dialog).toBeVisible();
    // Focus starts inside the dialog, and Escape closes it back onto Start.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(startButton).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    const who = dialog.getByLabel(/^Who/);
    // Tab through the dialog to the first parameter instead of clicking it.
    for (let i = 0; i < 10 && !(await who.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(who).toBeFocused();
    await page.keyboard.type("keyboard");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
    await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 60_000 });
    await expect(page.getByTestId("job-streams")).toContainText("hello keyboard");
  });
});
