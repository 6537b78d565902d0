import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("API reference: filter for jobs, expand an operation and read its parameters and permission", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "API reference" }).first().click();
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  const total = await page.getByTestId("operation").count();
  expect(total).toBeGreaterThan(50);

  await page.getByLabel("Filter operations").fill("jobs");
  await expect(page.getByText(/^\d+ of \d+ operations$/)).not.toHaveText(`${total} of ${total} operations`);
  const jobsSection = page.getByRole("region", { name: "Jobs", exact: true });
  await expect(jobsSection).toBeVisible();
  await expect(page.getByRole("region", { name: "Users" })).toHaveCount(0);

  const listJobs = jobsSection.getByTestId("operation").filter({ has: page.locator("summary", { hasText: "List jobs" }) });
  await listJobs.locator("summary").click();
  await expect(listJobs.getByTestId("operation-permission")).toHaveText("job.read");
  const parameters = listJobs.getByRole("table");
  await expect(parameters.getByRole("row", { name: /status/ })).toBeVisible();
  await expect(parameters.getByRole("row", { name: /limit/ })).toContainText("default 50");
  await expect(parameters.getByRole("row", { name: /from/ })).toContainText("ISO 8601: a date (UTC midnight) or a date-time with its offset");
  await expect(listJobs.getByText("A page of jobs.")).toBeVisible();
  await page.screenshot({ path: screenshotPath("api-reference"), fullPage: true });

  // An operation's link opens it on arrival.
  await page.goto("/");
  await page.goto("/api-reference#getWorkerGroupsByName");
  const linked = page.locator("details#getWorkerGroupsByName");
  await expect(linked).toHaveAttribute("open", "");
  await expect(linked.getByTestId("operation-permission")).toHaveText("worker.read");

  // The raw document the page renders is public JSON.
  const raw = await page.request.get("/api/v1/openapi.json", { headers: { cookie: "" } });
  expect(raw.status()).toBe(200);
  expect((await raw.json()).openapi).toBe("3.1.0");
});
