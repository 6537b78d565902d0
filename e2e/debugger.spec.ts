import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, monacoInternals } from "./axe";
import { desktop, horizontalOverflow, phone, screenshotPath, signIn } from "./fixtures";

// Line 4 holds the breakpoint; stepping over it lands on line 5.
const script = `param([string]$Who = 'world')
$count = 1
$table = @{ Name = 'baton'; Size = 3 }
$count = $count + 41
Write-Output "hello $Who, count $count"
Write-Output "done"`;

/** The line number Monaco draws for `line`; the glyph margin (where breakpoints go) sits just left of it. */
const lineNumber = (page: Page, line: number) => page.locator(".monaco-editor .margin .line-numbers").filter({ hasText: new RegExp(`^${line}$`) });

async function clickGutter(page: Page, line: number): Promise<void> {
  await lineNumber(page, line).scrollIntoViewIfNeeded();
  const box = (await lineNumber(page, line).boundingBox())!;
  await page.mouse.click(box.x - 8, box.y + box.height / 2);
}

/** The paused line's highlight is drawn on `line`: the same height as that line's number. */
async function expectHighlightOn(page: Page, line: number): Promise<void> {
  const highlight = page.locator(".monaco-editor .baton-debug-line");
  await expect(highlight).toHaveCount(1);
  await expect.poll(async () => Math.round((await highlight.boundingBox())!.y - (await lineNumber(page, line).boundingBox())!.y)).toBe(0);
}

for (const [width, viewport] of [
  ["desktop", desktop],
  ["phone", phone],
] as const) {
  test(`debugger on a ${width}: breakpoint in the gutter, pause, variables, step, evaluate, continue`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page);
    const created = await page.request.post("/api/v1/runbooks", { data: { name: `Debugger-E2E-${width}-${Date.now().toString(36)}`, content: script } });
    expect(created.status()).toBe(201);
    const runbookId = (await created.json()).id as string;

    await page.goto(`/runbooks/${runbookId}/edit`);
    await expect(lineNumber(page, 4)).toBeVisible({ timeout: 30_000 });

    // A click in the gutter sets a breakpoint, kept for this person and runbook.
    await clickGutter(page, 4);
    await expect(page.locator(".monaco-editor .baton-breakpoint")).toHaveCount(1);
    await expect.poll(async () => (await (await page.request.get(`/api/v1/runbooks/${runbookId}/breakpoints`)).json()).breakpoints).toEqual([{ line: 4 }]);

    // A line typed above moves the breakpoint with its code; undoing moves it back.
    await page.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await (await page.request.get(`/api/v1/runbooks/${runbookId}/breakpoints`)).json()).breakpoints).toEqual([{ line: 5 }]);
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await (await page.request.get(`/api/v1/runbooks/${runbookId}/breakpoints`)).json()).breakpoints).toEqual([{ line: 4 }]);
    await expect(page.getByTestId("save-state")).not.toContainText("Unsaved changes");

    await page.getByRole("button", { name: "Test", exact: true }).click();
    const pane = page.getByRole("region", { name: "Test pane" });
    const panel = pane.getByRole("region", { name: "Debugger" });

    // A condition, edited in the Breakpoints list, is saved with it.
    await panel.getByRole("button", { name: "Edit breakpoint on line 4" }).click();
    await panel.getByLabel("Condition").fill("$count -eq 1");
    await panel.getByRole("button", { name: "Save breakpoint" }).click();
    await expect(panel.getByRole("list", { name: "Breakpoints" })).toContainText("Line 4, when $count -eq 1");
    await expect.poll(async () => (await (await page.request.get(`/api/v1/runbooks/${runbookId}/breakpoints`)).json()).breakpoints).toEqual([{ line: 4, condition: "$count -eq 1" }]);

    // A condition PowerShell cannot parse leaves its breakpoint unset: the list (and the dot's hover) says why.
    await clickGutter(page, 6);
    await panel.getByRole("button", { name: "Edit breakpoint on line 6" }).click();
    await panel.getByLabel("Condition").fill("$count -eq (");
    await panel.getByRole("button", { name: "Save breakpoint" }).click();

    await pane.getByRole("button", { name: "Debug", exact: true }).click();
    const status = panel.getByTestId("debug-status");
    await expect(status).toHaveText("Paused at line 4 (breakpoint)", { timeout: 90_000 });
    await expectHighlightOn(page, 4);
    await expect(page.locator(".monaco-editor .baton-breakpoint-unverified")).toHaveCount(1);
    await expect(panel.getByRole("list", { name: "Breakpoints" }).getByRole("listitem").filter({ hasText: "Line 6" })).toContainText("Not set:");

    // The Local scope opens by itself; $count is still 1 before line 4 runs.
    const variables = panel.getByTestId("variables-list").first();
    await expect(variables.locator("[data-variable]").filter({ hasText: /count/ }).getByTestId("variable-value")).toHaveText("1");
    // PowerShell's automatic $null is every scope's and nobody's variable to debug.
    await expect(variables.locator("[data-variable=null]")).toHaveCount(0);
    await panel.getByRole("button", { name: /^Expand \$?table$/ }).click();
    await expect(panel.locator("[data-variable=Name]").getByTestId("variable-value")).toContainText("baton");
    await page.screenshot({ path: screenshotPath(`debugger-paused-${width}`), fullPage: true });
    await expectNoA11yViolations(page, { exclude: [monacoInternals] });
    expect(await horizontalOverflow(page)).toBe(0);

    // F10 steps over line 4; the highlight follows, and the expanded table is asked for again.
    await page.keyboard.press("F10");
    await expect(status).toHaveText("Paused at line 5 (step)", { timeout: 30_000 });
    await expectHighlightOn(page, 5);
    await expect(variables.locator("[data-variable]").filter({ hasText: /count/ }).getByTestId("variable-value")).toHaveText("42");
    await expect(panel.locator("[data-variable=Name]").getByTestId("variable-value")).toContainText("baton");

    // The console evaluates in the paused frame; F-keys typed there stay in the field.
    const expression = panel.getByLabel("PowerShell expression");
    await expression.fill("$count * 2");
    await expression.press("Enter");
    await expect(panel.getByTestId("console-entry").last()).toContainText("84", { timeout: 30_000 });
    await page.screenshot({ path: screenshotPath(`debugger-stepped-${width}`), fullPage: true });

    await panel.getByRole("button", { name: "Continue" }).click();
    await expect(status).toHaveText(/^Debug session ended/, { timeout: 90_000 });
    await expect(page.locator(".monaco-editor .baton-debug-line")).toHaveCount(0);
    await expect(panel.getByRole("button", { name: "Step over" })).toHaveAttribute("aria-disabled", "true");
    const streams = pane.getByTestId("job-streams");
    await expect(streams).toContainText("hello world, count 42", { timeout: 60_000 });
    await expect(pane.getByTestId("test-job-status")).toHaveText("Completed", { timeout: 60_000 });
    await page.screenshot({ path: screenshotPath(`debugger-ended-${width}`), fullPage: true });
  });
}
