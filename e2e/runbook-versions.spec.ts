import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("version history: compare a published version with the draft side by side and restore it after confirming", async ({ page }) => {
  await signIn(page);
  // Monaco's diff editor must not report a disposed model when the compared version changes.
  const consoleErrors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  const name = `Versions-E2E-${Date.now().toString(36)}`;
  const api = page.request;
  const created = await api.post("/api/v1/runbooks", { data: { name, content: "Write-Output 'first'" } });
  const runbookId = (await created.json()).id as string;
  expect((await api.post(`/api/v1/runbooks/${runbookId}/publish`)).status()).toBe(200);
  expect((await api.put(`/api/v1/runbooks/${runbookId}/draft`, { data: { content: "Write-Output 'second'\nWrite-Output 'added'" } })).status()).toBe(200);
  expect((await api.post(`/api/v1/runbooks/${runbookId}/publish`)).status()).toBe(200);
  expect((await api.put(`/api/v1/runbooks/${runbookId}/draft`, { data: { content: "Write-Output 'third, unpublished'" } })).status()).toBe(200);

  await page.goto(`/runbooks/${runbookId}`);
  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByRole("heading", { name: `Versions of ${name}` })).toBeVisible();
  const list = page.getByRole("navigation", { name: "Versions" });
  await expect(list.getByRole("button")).toHaveText([/Version 2.*published.*by e2e-admin/, /Version 1.*by e2e-admin/]);

  // The newest version is chosen first; pick version 1 and see both sides of the diff.
  await list.getByRole("button", { name: /Version 1/ }).click();
  const diff = page.getByTestId("version-diff");
  await expect(diff.locator(".monaco-diff-editor")).toBeVisible({ timeout: 30_000 });
  await expect(diff.locator(".editor.original .view-lines")).toContainText("Write-Output 'first'");
  await expect(diff.locator(".editor.modified .view-lines")).toContainText("Write-Output 'third, unpublished'");
  await expect(diff.locator(".editor.modified .line-insert, .editor.modified .char-insert").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("runbook-versions-diff") });
  // Back and forth between versions, then away from the page.
  await list.getByRole("button", { name: /Version 2/ }).click();
  await expect(diff.locator(".editor.original .view-lines")).toContainText("Write-Output 'added'");
  await list.getByRole("button", { name: /Version 1/ }).click();
  await expect(diff.locator(".editor.original .view-lines")).toContainText("Write-Output 'first'");

  // The draft holds work no version has: restoring asks first, and Cancel keeps it.
  const restore = page.getByRole("button", { name: "Restore Version 1 into draft" });
  await restore.click();
  const ask = page.getByRole("dialog", { name: "Restore Version 1 into the draft?" });
  await expect(ask).toContainText("has changes no published version holds");
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toBeHidden();
  expect((await (await api.get(`/api/v1/runbooks/${runbookId}/content?version=draft`)).json()).content).toBe("Write-Output 'third, unpublished'");
  await restore.click();
  await ask.getByRole("button", { name: "Restore Version 1" }).click();
  await expect(page.getByTestId("restore-status")).toHaveText("Version 1 restored into the draft");
  await expect(page.getByText("Version 1 is identical to the draft.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore Version 1 into draft" })).toBeDisabled();
  const draft = await (await api.get(`/api/v1/runbooks/${runbookId}/content?version=draft`)).json();
  expect(draft.content).toBe("Write-Output 'first'");
  // Restoring does not publish: version 2 is still what jobs run.
  const published = await (await api.get(`/api/v1/runbooks/${runbookId}/content?version=published`)).json();
  expect(published).toMatchObject({ number: 2, content: "Write-Output 'second'\nWrite-Output 'added'" });

  // Now the draft equals version 1: restoring version 2 loses nothing, so it does not ask.
  await list.getByRole("button", { name: /Version 2/ }).click();
  await page.getByRole("button", { name: "Restore Version 2 into draft" }).click();
  await expect(page.getByTestId("restore-status")).toHaveText("Version 2 restored into the draft");
  await page.getByRole("link", { name: "Edit draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/runbooks/${runbookId}/edit$`));
  expect(consoleErrors.filter((e) => /TextModel|disposed/.test(e))).toEqual([]);
});
