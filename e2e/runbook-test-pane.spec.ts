import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const script = `param(
    [ValidateSet('One', 'Two')][string]$Pick = 'One',
    [int]$Steps = 3
)
Write-Verbose "verbose line"
Write-Debug "debug line"
for ($i = 1; $i -le $Steps; $i++) {
    Write-Progress -Activity "Working" -Status "Step $i of $Steps" -PercentComplete ([int]($i / $Steps * 100))
    Write-Output "step $i of $Pick"
    Start-Sleep -Milliseconds 400
}
Write-Output "done"`;

test("test pane: run the draft with generated parameters, see streams, progress and stop it", async ({ page }) => {
  await signIn(page);
  const name = `TestPane-E2E-${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/runbooks", { data: { name, content: script } });
  const runbookId = (await created.json()).id as string;

  await page.goto(`/runbooks/${runbookId}/edit`);
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Test", exact: true }).click();
  const pane = page.getByRole("region", { name: "Test pane" });
  await pane.getByRole("combobox", { name: "Pick" }).selectOption("Two");
  await pane.getByLabel("Steps").fill("2");
  await pane.getByRole("checkbox", { name: "Debug" }).check();
  await pane.getByRole("button", { name: "Run test" }).click();

  const streams = pane.getByTestId("job-streams");
  await expect(streams).toContainText("step 2 of Two", { timeout: 90_000 });
  await expect(pane.getByTestId("test-job-status")).toHaveText("Completed", { timeout: 90_000 });
  await expect(streams.locator("[data-stream-type=verbose]")).toContainText("verbose line");
  await expect(streams.locator("[data-stream-type=debug]")).toContainText("debug line");
  await expect(streams.locator("[data-stream-type=output]").last()).toContainText("done");
  await page.screenshot({ path: screenshotPath("test-pane-completed"), fullPage: true });
  // A test run publishes nothing.
  expect((await (await page.request.get(`/api/v1/runbooks/${runbookId}`)).json()).published).toBeNull();

  // A long run shows Write-Progress as a bar and stops on request.
  await pane.getByLabel("Steps").fill("200");
  await pane.getByRole("checkbox", { name: "Debug" }).uncheck();
  await pane.getByRole("button", { name: "Run test" }).click();
  const bar = pane.getByRole("progressbar", { name: "Working" });
  await expect(bar).toBeVisible({ timeout: 90_000 });
  await expect(bar).toHaveAttribute("aria-valuetext", /Step \d+ of 200/);
  await page.screenshot({ path: screenshotPath("test-pane-progress"), fullPage: true });
  await pane.getByRole("button", { name: "Stop" }).click();
  await expect(pane.getByTestId("test-job-status")).toHaveText("Stopped", { timeout: 60_000 });
  await expect(streams.locator("[data-stream-type=debug]")).toHaveCount(0);
});
