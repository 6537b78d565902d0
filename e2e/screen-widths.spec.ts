import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { greetingModuleZip } from "../lib/modules/testing/module-zips";
import { expectNoA11yViolations } from "./axe";
import { admin, createScopedOperator, desktop, horizontalOverflow, phone, publishedRunbook, screenshotPath, signIn } from "./fixtures";

// No portal page may be wider than the screen: on a phone a page that scrolls sideways hides its
// right-hand columns and buttons. Every page under app/(portal) is visited, found on disk so a new page
// cannot be forgotten, with the longest names Baton allows in its tables.

// Fresh names each time the file loads: a failed test restarts the worker, and beforeAll seeds again.
const run = Date.now().toString(36);
const tag = `phone-${run}`;
/** 128 characters: the longest asset and schedule name Baton accepts. */
const longName = (prefix: string) => `${prefix}-${run}-${"Very-Long-Name-Without-Spaces-".repeat(5)}`.slice(0, 128);

interface Seeded {
  runbookId: string;
  runbookName: string;
  jobId: string;
  scheduleId: string;
  moduleName: string;
  variableName: string;
  operator: { username: string; password: string };
}
let seeded: Seeded;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await browser.newPage();
  await signIn(page);
  const api = page.request;
  // 63 characters, the longest runbook name; an output line with no space to break at.
  const runbookName = `Phone-${run}-${"Width-".repeat(10)}`.slice(0, 63);
  const runbookId = await publishedRunbook(page, {
    name: runbookName,
    tags: [tag, "a-rather-long-tag-name-for-layout"],
    content: `param([string]$Who = 'phone')\nWrite-Output ('x' * 400)\nWrite-Output "hello $Who"`,
  });
  const started = await api.post(`/api/v1/runbooks/${runbookId}/jobs`, { data: { parameters: { Who: "w".repeat(200) } } });
  expect(started.status()).toBe(201);
  const jobId = (await started.json()).id as string;
  const variableName = longName("Variable");
  expect((await api.post("/api/v1/variables", { data: { name: variableName, description: "d".repeat(300), type: "string", value: "v".repeat(500) } })).status()).toBe(201);
  expect((await api.post("/api/v1/credentials", { data: { name: longName("Credential"), userName: `CONTOSO\\${"u".repeat(200)}`, password: "long password" } })).status()).toBe(201);
  const schedule = await api.post("/api/v1/schedules", { data: { name: longName("Schedule"), kind: "weekly", weekDays: [1, 2, 3, 4, 5], startAt: "2030-01-07T09:00:00Z", timeZone: "America/Argentina/ComodRivadavia" } });
  expect(schedule.status()).toBe(201);
  const scheduleId = (await schedule.json()).id as string;
  expect((await api.post(`/api/v1/schedules/${scheduleId}/runbooks`, { data: { runbookId, parameters: { Who: "s".repeat(150) } } })).ok()).toBe(true);
  expect((await api.post(`/api/v1/runbooks/${runbookId}/webhooks`, { data: { name: longName("Webhook"), expiresAt: "2031-01-01T00:00:00Z" } })).status()).toBe(201);
  expect((await api.post("/api/v1/worker-groups", { data: { name: `group-${run}-${"g".repeat(57)}`.slice(0, 64), description: "d".repeat(200) } })).status()).toBe(201);
  const user = await api.post("/api/v1/users", {
    data: { username: `u${run}${"x".repeat(63)}`.slice(0, 64), displayName: "D".repeat(128), email: `${"e".repeat(60)}@example.org`, password: "a long enough password" },
  });
  expect(user.status()).toBe(201);
  expect((await api.post("/api/v1/groups", { data: { name: `Group ${run} ${"G".repeat(58)}`.slice(0, 64), description: "d".repeat(300) } })).status()).toBe(201);
  const moduleName = `PhoneWidth${Date.now().toString(36)}`;
  const uploaded = await api.post("/api/v1/modules", { headers: { "content-type": "application/zip" }, data: Buffer.from(greetingModuleZip(moduleName, "1.0.0")), timeout: 90_000 });
  expect(uploaded.status()).toBe(201);
  const operator = await createScopedOperator(page, tag);
  await page.close();
  seeded = { runbookId, runbookName, jobId, scheduleId, moduleName, variableName, operator };
});

/** A value for each dynamic segment of app/(portal); a page with a segment not listed here fails the test. */
function segmentValue(segment: string): string {
  const values: Record<string, string> = { "[jobId]": seeded.jobId, "[runbookId]": seeded.runbookId, "[scheduleId]": seeded.scheduleId, "[name]": seeded.moduleName };
  const value = values[segment];
  if (!value) throw new Error(`No seeded value for ${segment}: add one to e2e/screen-widths.spec.ts`);
  return value;
}

/** Every page of the portal, as a URL path, from the page.tsx files under app/(portal). */
function portalPaths(): string[] {
  const root = path.resolve(import.meta.dirname, "..", "app", "(portal)");
  const pages = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "page.tsx");
  return pages
    .map((f) => {
      const segments = path.dirname(f).split(path.sep).filter((s) => s !== ".");
      return `/${segments.map((s) => (s.startsWith("[") ? segmentValue(s) : s)).join("/")}`;
    })
    .sort();
}

/** Opens a page and waits for its heading and for every loading spinner to go. */
async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator("main [role=status] .animate-spin, main .animate-spin")).toHaveCount(0, { timeout: 30_000 });
}

/**
 * The outermost elements that stick out to the right of the viewport, by their box or by the text
 * that overflows it, unless a scrolling box clips them: what to fix.
 */
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = window.innerWidth + 1;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    // An element's own right edge: its box, or the text in it where that runs past the box.
    const rightOf = (el: Element) => {
      const box = el.getBoundingClientRect();
      const holdsText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      return holdsText ? Math.max(box.right, box.left + el.scrollWidth) : box.right;
    };
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
      if (rightOf(el) > limit && parentRight <= limit && !clipped(el)) {
        out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ${Math.round(rightOf(el))}px: ${(el.textContent ?? "").slice(0, 60)}`);
      }
    }
    return out.slice(0, 5);
  });
}

async function pagesWiderThanTheScreen(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const url of portalPaths()) {
    await settle(page, url);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${url} is ${overflow} px too wide:\n    ${(await overflowingElements(page)).join("\n    ")}`);
  }
  return problems;
}

test.describe("no portal page is wider than the screen", () => {
  test.describe.configure({ timeout: 360_000 });

  test("at 390 px, as an administrator", async ({ page }) => {
    await page.setViewportSize(phone);
    await signIn(page);
    expect(await pagesWiderThanTheScreen(page)).toEqual([]);
  });

  test("at 390 px, as an operator of one tag", async ({ page }) => {
    await page.setViewportSize(phone);
    await signIn(page, seeded.operator);
    expect(await pagesWiderThanTheScreen(page)).toEqual([]);
  });

  test("at 1440 px, as an administrator", async ({ page }) => {
    await page.setViewportSize(desktop);
    await signIn(page);
    expect(await pagesWiderThanTheScreen(page)).toEqual([]);
  });
});

test("a 128-character name is cut short with its full text on hover, and its row's buttons stay in view", async ({ page }) => {
  await signIn(page);
  for (const size of [desktop, phone]) {
    await page.setViewportSize(size);
    await settle(page, "/assets/variables");
    const row = page.getByRole("row", { name: new RegExp(seeded.variableName) });
    await expect(row.getByTitle(seeded.variableName)).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
    if (size === desktop) {
      await expect(row.getByRole("button", { name: `Edit variable ${seeded.variableName}` })).toBeInViewport();
      await expect(row.getByRole("button", { name: `Delete variable ${seeded.variableName}` })).toBeInViewport();
    }
  }
});

test("on a phone the navigation is a menu that opens, leads to a page and closes", async ({ page }) => {
  await page.setViewportSize(phone);
  await signIn(page);
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link")).toHaveText(["Dashboard", "Runbooks", "Jobs", "Schedules", "Assets", "Modules", "Workers", "Users", "Groups", "Audit log", "Settings", "API tokens", "API reference", "Password"]);
  expect(await horizontalOverflow(page)).toBe(0);
  await page.screenshot({ path: screenshotPath("phone-menu-open") });
  await expectNoA11yViolations(page);
  // Escape closes it and gives the focus back to the button.
  await nav.getByRole("link", { name: "Jobs" }).focus();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  // Choosing a page goes there and closes the menu.
  await menu.click();
  await nav.getByRole("link", { name: "Jobs" }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("screenshots of the dashboard, variables, users and a job page at 390 and 1440 px", async ({ page }) => {
  await signIn(page, admin);
  for (const [label, size] of [["phone", phone], ["desktop", desktop]] as const) {
    await page.setViewportSize(size);
    for (const [name, url] of [
      ["dashboard", "/"],
      ["variables", "/assets/variables"],
      ["users", "/admin/users"],
      ["job", `/jobs/${seeded.jobId}`],
    ]) {
      await settle(page, url);
      if (name === "job") await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 60_000 });
      await page.screenshot({ path: screenshotPath(`width-${name}-${label}`), fullPage: true });
      expect(await horizontalOverflow(page), `${url} at ${size.width} px`).toBe(0);
    }
  }
});
