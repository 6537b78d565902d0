import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("a job page filters and searches streams, downloads the log and reruns; the dashboard charts the jobs", async ({ page }) => {
  await signIn(page);
  const name = `Streams-E2E-${Date.now().toString(36)}`;
  const content = [
    "param([string]$Who = 'nobody')",
    "Write-Output \"hello $Who\"",
    "Write-Output 'second line'",
    "Write-Warning 'careful now'",
    "Write-Verbose 'details' -Verbose",
  ].join("\n");
  const created = await page.request.post("/api/v1/runbooks", { data: { name, content } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await page.request.post(`/api/v1/runbooks/${id}/publish`)).ok()).toBe(true);
  const started = await page.request.post(`/api/v1/runbooks/${id}/jobs`, { data: { parameters: { Who: "baton" } } });
  expect(started.ok()).toBe(true);
  const job = await started.json();

  await page.goto(`/jobs/${job.id}`);
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 60_000 });
  const streams = page.getByTestId("job-streams");
  await expect(streams).toContainText("hello baton");
  await expect(streams).toContainText("careful now");

  // Type chips show counts and hide their records.
  const chips = page.getByRole("group", { name: "Show stream types" });
  await expect(chips.getByRole("button", { name: "output 2" })).toBeVisible();
  await chips.getByRole("button", { name: "warning 1" }).click();
  await expect(streams).not.toContainText("careful now");
  await expect(streams).toContainText("hello baton");
  await chips.getByRole("button", { name: "warning 1" }).click();
  await expect(streams).toContainText("careful now");

  // Search keeps matching lines and highlights the match.
  await page.getByRole("searchbox", { name: "Search the output" }).fill("SECOND");
  await expect(streams.locator("mark")).toHaveText(["second"]);
  await expect(streams).not.toContainText("hello baton");
  await expect(page.getByTestId("stream-match-count")).toHaveText("1 matching line");
  await page.screenshot({ path: screenshotPath("job-streams-search"), fullPage: true });
  await page.getByRole("searchbox", { name: "Search the output" }).fill("");

  // The full log downloads as text.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download full log" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`job-${job.id}.log`);
  const log = fs.readFileSync(await download.path(), "utf8");
  expect(log).toContain(`# Job ${job.id} of runbook ${name}`);
  expect(log).toMatch(/\[OUTPUT\] hello baton\n/);
  expect(log).toMatch(/\[WARNING\] careful now\n/);

  // Rerun opens the Start dialog with the same parameters, says which version runs, and opens the new job.
  await page.getByRole("button", { name: "Rerun" }).click();
  const rerun = page.getByRole("dialog", { name: `Rerun ${name}` });
  await expect(rerun).toContainText("Starts version 1 again");
  await expect(rerun.getByLabel("Who")).toHaveValue("baton");
  await rerun.getByRole("button", { name: "Rerun", exact: true }).click();
  await expect(page).not.toHaveURL(new RegExp(`/jobs/${job.id}$`));
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 60_000 });
  await expect(page.getByTestId("job-streams")).toContainText("hello baton");

  // The jobs list filters by time range through the URL and shows both runs.
  await page.goto(`/jobs?runbookId=${id}`);
  await expect(page.getByLabel("Runbook", { exact: true })).toHaveValue(id);
  await page.getByLabel("Created").selectOption("1h");
  await expect(page).toHaveURL(/range=1h/);
  await expect(page.getByRole("link", { name: new RegExp(`of ${name}$`) })).toHaveCount(2);
  // The list shows the version each job ran.
  await expect(page.getByRole("row", { name: new RegExp(`of ${name}`) }).first()).toContainText("v1");
  await expect(page.getByRole("cell", { name: "User e2e-admin" }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("jobs-list-range"), fullPage: true });

  // A job that fails: the dashboard says when it ended and after how long, not that it is running.
  const failing = await page.request.post("/api/v1/runbooks", { data: { name: `${name}-Fails`, content: "throw 'broken on purpose'" } });
  const failingId = (await failing.json()).id as string;
  expect((await page.request.post(`/api/v1/runbooks/${failingId}/publish`)).ok()).toBe(true);
  const failed = await (await page.request.post(`/api/v1/runbooks/${failingId}/jobs`, { data: {} })).json();
  await expect.poll(async () => (await (await page.request.get(`/api/v1/jobs/${failed.id}`)).json()).status, { timeout: 60_000 }).toBe("Failed");

  // The dashboard charts them and lists the worker's load.
  await page.goto("/");
  const failures = page.getByRole("region", { name: "Recent failures" });
  const failedLine = failures.getByTestId(`dashboard-job-${failed.id}`);
  await expect(failedLine).toContainText(/ended .+ after \d+ (s|min)/);
  await expect(failedLine).not.toContainText("running");
  await expect(failures).toContainText("broken on purpose");
  // "Workers online" is said once: the count at the top; the panel shows each worker's load.
  await expect(page.getByText("Workers online", { exact: true })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Worker load" })).toBeVisible();
  const chart = page.getByTestId("job-status-chart");
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(chart.locator(".recharts-legend-wrapper")).toContainText("Completed");
  await expect(page.getByRole("meter").first()).toBeVisible();
  await page.getByRole("button", { name: "Last 7 days" }).click();
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("dashboard"), fullPage: true });
});
