import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { createScopedOperator, desktop, horizontalOverflow, phone, publishedRunbook, screenshotPath, signIn } from "./fixtures";

// A job says which version it ran; Rerun asks first, with the parameters filled in and editable,
// says which version will run, and the new job says what it reruns.

const run = Date.now().toString(36);
const tag = `rerun-${run}`;

test("rerun after a new publish: the dialog says the original ran v1 and this runs v2, parameters can change, the new job links back", async ({ page }) => {
  await page.setViewportSize(desktop);
  await signIn(page);
  const name = `Rerun-E2E-${run}`;
  const id = await publishedRunbook(page, { name, tags: [tag], content: "param([string]$Who = 'nobody', [int]$Times = 1)\nWrite-Output \"v1 greets $Who x$Times\"" });
  const original = await (await page.request.post(`/api/v1/runbooks/${id}/jobs`, { data: { parameters: { Who: "ada", Times: 2 } } })).json();
  // Version 2 drops the Times parameter.
  expect((await page.request.put(`/api/v1/runbooks/${id}/draft`, { data: { content: "param([string]$Who = 'nobody')\nWrite-Output \"v2 greets $Who\"" } })).ok()).toBe(true);
  expect((await page.request.post(`/api/v1/runbooks/${id}/publish`)).ok()).toBe(true);

  await page.goto(`/jobs/${original.id}`);
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 60_000 });
  await expect(page.getByTestId("job-streams")).toContainText("v1 greets ada x2");
  await expect(page.getByTestId("job-version")).toHaveText("Version 1");
  await expect(page.getByText("published now: version 2")).toBeVisible();

  await page.getByRole("button", { name: "Rerun" }).click();
  const dialog = page.getByRole("dialog", { name: `Rerun ${name}` });
  await expect(dialog.getByTestId("rerun-version-note")).toHaveText("The original ran version 1; this runs version 2, the version published now. Check the parameters below.");
  await expect(dialog.getByTestId("rerun-dropped-parameters")).toHaveText("Left out, no longer parameters of version 2: Times");
  const who = dialog.getByLabel("Who");
  await expect(who).toHaveValue("ada");
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath("rerun-dialog-desktop") });
  // Cancel starts nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/jobs/${original.id}$`));

  await page.getByRole("button", { name: "Rerun" }).click();
  await who.fill("bea");
  await dialog.getByRole("button", { name: "Rerun", exact: true }).click();
  await expect(page).not.toHaveURL(new RegExp(`/jobs/${original.id}$`));
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 60_000 });
  await expect(page.getByTestId("job-streams")).toContainText("v2 greets bea");
  await expect(page.getByTestId("job-version")).toHaveText("Version 2");
  await expect(page.getByTestId("rerun-of")).toHaveText(`Job ${original.id.slice(0, 8)}`);
  await expect(page.getByRole("list").filter({ hasText: "Rerun of job" })).toContainText(`Rerun of job ${original.id.slice(0, 8)} by e2e-admin`);
  await page.getByTestId("rerun-of").click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${original.id}$`));

  // The jobs list shows the version each ran.
  await page.goto(`/jobs?runbookId=${id}`);
  const versions = page.getByRole("row").filter({ hasText: name }).locator("td:nth-child(3)");
  await expect(versions).toHaveText(["v2", "v1"]);
});

test("an operator of the runbook's tag reruns on a phone, same version, with the keyboard", async ({ page }) => {
  await signIn(page);
  const id = await publishedRunbook(page, { name: `Rerun-Phone-${run}`, tags: [tag], content: "param([string]$Who = 'nobody')\nWrite-Output \"hi $Who\"" });
  const original = await (await page.request.post(`/api/v1/runbooks/${id}/jobs`, { data: { parameters: { Who: "cy" } } })).json();
  const operator = await createScopedOperator(page, tag);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login(\?|$)/);

  await page.setViewportSize(phone);
  await signIn(page, operator);
  await page.goto(`/jobs/${original.id}`);
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 60_000 });
  const rerun = page.getByRole("button", { name: "Rerun" });
  await rerun.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Rerun Rerun-Phone-${run}` });
  await expect(dialog).toContainText(`Starts version 1 again, as job ${original.id.slice(0, 8)} ran it`);
  await expect(dialog.getByLabel("Who")).toHaveValue("cy");
  expect(await horizontalOverflow(page)).toBe(0);
  await page.screenshot({ path: screenshotPath("rerun-dialog-phone") });
  await dialog.getByLabel("Who").focus();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(new RegExp(`/jobs/${original.id}$`));
  await expect(page.getByTestId("rerun-of")).toHaveText(`Job ${original.id.slice(0, 8)}`);
  await expect(page.getByTestId("job-streams")).toContainText("hi cy", { timeout: 60_000 });
});
