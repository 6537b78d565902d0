import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { phone, screenshotPath, signIn } from "./fixtures";

/** An instant as <input type="datetime-local" step="1"> text in UTC. */
const utcInput = (d: Date) => d.toISOString().slice(0, 19);

async function linkHelloBaton(page: Page, name: string) {
  await page.getByRole("button", { name: "Link runbook" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Runbook").selectOption({ label: "Hello-Baton" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Count").fill("1");
  await dialog.getByRole("button", { name: "Link runbook" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByTestId("linked-runbooks")).toContainText("Hello-Baton");
  await expect(page.getByTestId("linked-runbooks")).toContainText(`Name=${name}`);
}

test("a schedule is created with a live preview of its occurrences, starts Hello-Baton, and its history links to the job", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  const suffix = Date.now().toString(36);

  // A weekly schedule across Berlin's spring-forward, checked in the preview before saving.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Schedules" }).click();
  await page.getByRole("link", { name: "New schedule" }).click();
  await page.getByLabel("Name").fill(`Weekly-E2E-${suffix}`);
  await page.getByLabel("Recurrence").selectOption("weekly");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await page.getByLabel("Start").fill("2030-03-25T02:30");
  const preview = page.getByTestId("occurrence-preview");
  await expect(page.getByText("Complete the schedule to see when it runs")).toContainText("weekDays");
  await page.getByRole("checkbox", { name: "Monday" }).check();
  await page.getByRole("checkbox", { name: "Friday" }).check();
  await expect(preview.locator("li")).toHaveCount(10);
  // Mon 25 Mar, Fri 29 Mar, then Mon 1 Apr after the change to summer time, still at 02:30.
  await expect(preview.locator("li").nth(0)).toContainText("Mar 25, 2030");
  await expect(preview.locator("li").nth(1)).toContainText("Mar 29, 2030");
  await expect(preview.locator("li").nth(2)).toContainText("Apr 1, 2030");
  await expect(preview.locator("li").nth(2)).toContainText("02:30");
  // Every 2 weeks: the preview follows the interval.
  await page.getByLabel("Every how many weeks").fill("2");
  await expect(preview.locator("li").nth(2)).toContainText("Apr 8, 2030");
  await page.screenshot({ path: screenshotPath("schedule-form"), fullPage: true });
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(/\/schedules\/[0-9a-f-]+$/);
  await expect(page.getByText("Every 2 weeks on Monday, Friday at 02:30")).toBeVisible();
  await linkHelloBaton(page, "Weekly");

  // Edited into a monthly schedule on the last day: the preview follows each month's length.
  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Recurrence").selectOption("monthly");
  await page.getByRole("checkbox", { name: "Last day of the month" }).check();
  await expect(preview.locator("li").nth(0)).toContainText("Mar 31, 2030");
  await expect(preview.locator("li").nth(1)).toContainText("May 31, 2030");
  await page.getByLabel("Every how many months").fill("1");
  await expect(preview.locator("li").nth(1)).toContainText("Apr 30, 2030");
  await expect(preview.locator("li")).toHaveCount(10);
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByText("Every month on the last day at 02:30")).toBeVisible();

  // A one-time schedule half a minute away: the e2e worker's scheduler starts its job.
  await page.goto("/schedules/new");
  await page.getByLabel("Name").fill(`Soon-E2E-${suffix}`);
  await page.getByLabel("Recurrence").selectOption("once");
  await page.getByLabel("Time zone").selectOption("UTC");
  // A moment that has passed is refused beside the field, before anything is sent, as Azure refuses it.
  await page.getByLabel("Runs at").fill("2020-01-01T00:00:00");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByLabel("Runs at")).toHaveAccessibleDescription(/Runs at must be in the future: a one-time schedule set in the past would never run/);
  await expect(page).toHaveURL(/\/schedules\/new$/);
  const runsAt = new Date(Date.now() + 30_000);
  await page.getByLabel("Runs at").fill(utcInput(runsAt));
  await expect(page.getByTestId("occurrence-preview").locator("li")).toHaveCount(1);
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(/\/schedules\/[0-9a-f-]+$/);
  await linkHelloBaton(page, "Scheduler");

  const history = page.getByTestId("occurrence-history");
  await expect(history).toContainText("Started", { timeout: 90_000 });
  await expect(history).toContainText("Hello-Baton");
  await expect(history.getByRole("link", { name: /Job / })).toContainText(/Completed|Running|Queued|Activating/, { timeout: 60_000 });
  await expect(history.getByRole("link", { name: /Job / })).toContainText("Completed", { timeout: 60_000 });
  // The one occurrence is past: the page (refreshing itself) marks the schedule Expired, with no next run.
  await expect(page.getByTestId("schedule-next-run")).toHaveText("— (expired: no occurrence is left)", { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Expired");
  await expect(page.getByRole("button", { name: "Disable" })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("schedule-detail"), fullPage: true });

  await history.getByRole("link", { name: /Job / }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  await expect(page.getByTestId("job-streams")).toContainText("Hello, Scheduler!");

  // The list shows both schedules; the one-time one is Expired, with no next run and nothing to enable or disable.
  await page.goto("/schedules");
  const soonRow = page.getByRole("row", { name: new RegExp(`Soon-E2E-${suffix}`) });
  await expect(soonRow).toContainText("Once");
  await expect(soonRow).toContainText("—");
  await expect(soonRow).toContainText("Expired");
  await expect(soonRow.getByRole("button", { name: /^(Disable|Enable) / })).toHaveCount(0);
  const api = await (await page.request.get(`/api/v1/schedules?limit=500`)).json();
  expect(api.items.find((x: { name: string }) => x.name === `Soon-E2E-${suffix}`)).toMatchObject({ expired: true, nextRunAt: null, enabled: true });
  await expectNoA11yViolations(page);
  await soonRow.getByRole("button", { name: `Delete Soon-E2E-${suffix}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete schedule" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`Soon-E2E-${suffix}`) })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(`Weekly-E2E-${suffix}`) })).toContainText("Enabled");
  await page.screenshot({ path: screenshotPath("schedule-list"), fullPage: true });
});

test("a runbook is linked to a schedule from its own page, with its parameters; an expired schedule is not offered", async ({ page }) => {
  await signIn(page);
  const suffix = Date.now().toString(36);
  const schedule = await page.request.post("/api/v1/schedules", { data: { name: `Nightly-E2E-${suffix}`, kind: "daily", startAt: "2030-01-01T02:00:00Z" } });
  expect(schedule.status()).toBe(201);
  // A one-time schedule a few seconds away: once its moment has passed it is expired.
  const once = await page.request.post("/api/v1/schedules", { data: { name: `Gone-E2E-${suffix}`, kind: "once", startAt: new Date(Date.now() + 3_000).toISOString() } });
  expect(once.status()).toBe(201);
  const onceId = (await once.json()).id as string;
  await expect.poll(async () => (await (await page.request.get(`/api/v1/schedules/${onceId}`)).json()).expired, { timeout: 30_000 }).toBe(true);
  const runbooks = await (await page.request.get("/api/v1/runbooks?search=Hello-Baton")).json();
  const helloId = runbooks.items.find((r: { name: string }) => r.name === "Hello-Baton").id as string;

  // On a phone: link it, with the runbook's parameters.
  await page.setViewportSize(phone);
  await page.goto(`/runbooks/${helloId}`);
  await page.getByRole("button", { name: "Link to schedule" }).click();
  const dialog = page.getByRole("dialog", { name: "Link Hello-Baton to a schedule" });
  const choice = dialog.getByLabel("Schedule");
  await expect(choice.locator("option", { hasText: `Nightly-E2E-${suffix}` })).toHaveCount(1);
  await expect(choice.locator("option", { hasText: `Gone-E2E-${suffix}` })).toHaveCount(0);
  await choice.selectOption({ label: `Nightly-E2E-${suffix}` });
  await dialog.getByLabel("Name").fill("From its page");
  await dialog.getByLabel("Count").fill("2");
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath("link-schedule-phone") });
  await dialog.getByRole("button", { name: "Link runbook" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("runbook-schedules").getByRole("link", { name: `Nightly-E2E-${suffix}` })).toBeVisible();
  // On a desktop: it is listed, and no longer offered.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.reload();
  await expect(page.getByTestId("runbook-schedules").getByRole("link", { name: `Nightly-E2E-${suffix}` })).toBeVisible();
  await page.getByRole("button", { name: "Link to schedule" }).click();
  await expect(dialog.getByLabel("Schedule").locator("option", { hasText: `Nightly-E2E-${suffix}` })).toHaveCount(0);
  await page.keyboard.press("Escape");
  const links = await (await page.request.get(`/api/v1/schedules/${(await schedule.json()).id}/runbooks`)).json();
  expect(links.items).toMatchObject([{ runbookName: "Hello-Baton", parameters: { Name: "From its page", Count: 2 } }]);
});
