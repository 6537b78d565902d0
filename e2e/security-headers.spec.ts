import { expect, test, type Page } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

/** Collects every CSP violation the page reports, from the console and from the DOM event. */
function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) violations.push(msg.text());
  });
  page.on("pageerror", (err) => {
    if (/Content Security Policy/i.test(err.message)) violations.push(err.message);
  });
  return violations;
}

async function domViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

test("the editor runs under the Content-Security-Policy without a single violation", async ({ page }) => {
  const violations = watchCspViolations(page);
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await signIn(page);
  const created = await page.request.post("/api/v1/runbooks", { data: { name: `Csp-E2E-${Date.now().toString(36)}`, content: "Write-Output 'hello'\n" } });
  expect(created.status()).toBe(201);
  const runbookId = (await created.json()).id as string;

  const response = await page.goto(`/runbooks/${runbookId}/edit`);
  const csp = response!.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(response!.headers()["x-frame-options"]).toBe("DENY");

  // Monaco is up (its worker and injected styles loaded) and it tokenizes what is typed.
  const editor = page.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("Get-Date\n");
  await expect(editor.locator(".view-line", { hasText: "Get-Date" })).toBeVisible();
  await page.getByRole("button", { name: "Check syntax" }).click();
  await expect(page.getByTestId("parse-result")).toBeVisible();
  await page.screenshot({ path: screenshotPath("editor-under-csp") });

  expect(violations).toEqual([]);
  expect(await domViolations(page)).toEqual([]);
});

test("a page that does not exist still renders under the policy", async ({ page }) => {
  const violations = watchCspViolations(page);
  await signIn(page);
  const response = await page.goto("/no-such-page");
  expect(response!.status()).toBe(404);
  await expect(page.getByText(/could not be found|not found/i).first()).toBeVisible();
  expect(violations).toEqual([]);
});
