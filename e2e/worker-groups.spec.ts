import { expect, test } from "@playwright/test";
import { horizontalOverflow, phone, screenshotPath, signIn } from "./fixtures";

test("an administrator creates, describes and deletes a worker group; a group with workers is kept", async ({ page }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Workers" }).click();
  const groups = page.getByRole("list", { name: "Worker groups" });
  // The e2e worker registers in "default" when it starts.
  await expect(groups).toContainText(/default\s*Job host: Own process\s*1 of 1 worker online/);
  // It reaches Baton through the database, not the worker protocol.
  await expect(page.getByRole("columnheader", { name: "Host and connection" })).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByRole("cell", { name: "default", exact: true }) })).toContainText("Database");

  // The form checks the route's own schema before sending.
  await page.getByRole("button", { name: "New worker group" }).click();
  let dialog = page.getByRole("dialog", { name: "New worker group" });
  await dialog.getByLabel("Name").fill("e2e linux");
  await dialog.getByRole("button", { name: "Create worker group" }).click();
  await expect(dialog.getByText("Name must start with a letter or digit and use only letters, digits and . _ -")).toBeVisible();
  await dialog.getByLabel("Name").fill("e2e-linux");
  await dialog.getByLabel("Description").fill("Linux hosts for e2e");
  await expect(dialog.getByLabel("Job host")).toHaveValue("process");
  await dialog.getByLabel("Job host").selectOption({ label: "Shared host" });
  await dialog.getByRole("button", { name: "Create worker group" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const linux = groups.getByRole("listitem").filter({ hasText: "e2e-linux" });
  await expect(linux).toContainText(/Linux hosts for e2e\s*Job host: Shared host\s*0 of 0 workers online/);
  expect(((await (await page.request.get("/api/v1/worker-groups/e2e-linux")).json()) as { hostMode: string }).hostMode).toBe("shared");

  // A second group of the same name is refused beside the name field.
  await page.getByRole("button", { name: "New worker group" }).click();
  dialog = page.getByRole("dialog", { name: "New worker group" });
  await dialog.getByLabel("Name").fill("e2e-linux");
  await dialog.getByRole("button", { name: "Create worker group" }).click();
  await expect(dialog.getByText("A worker group named e2e-linux already exists")).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("button", { name: "Edit worker group e2e-linux" }).click();
  dialog = page.getByRole("dialog", { name: "Edit worker group e2e-linux" });
  await expect(dialog.getByLabel("Description")).toHaveValue("Linux hosts for e2e");
  await expect(dialog.getByLabel("Job host")).toHaveValue("shared");
  await dialog.getByLabel("Description").fill("Ubuntu 24.04 runners");
  await dialog.getByLabel("Job host").selectOption({ label: "Own process" });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(linux).toContainText("Ubuntu 24.04 runners");
  await expect(linux).toContainText("Job host: Own process");
  await expect(linux).not.toContainText("Linux hosts for e2e");
  expect(((await (await page.request.get("/api/v1/worker-groups/e2e-linux")).json()) as { hostMode: string }).hostMode).toBe("process");
  await page.screenshot({ path: screenshotPath("worker-groups") });

  // The server refuses to delete a group its workers are registered in, and says which workers.
  await page.getByRole("button", { name: "Delete worker group default" }).click();
  dialog = page.getByRole("dialog", { name: "Delete worker group default?" });
  await dialog.getByRole("button", { name: "Delete worker group" }).click();
  await expect(dialog.getByRole("alert")).toContainText(/Worker group default still has 1 worker\(s\): \S+/);
  await page.screenshot({ path: screenshotPath("worker-group-delete-refused") });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(groups).toContainText(/default\s*Job host: Own process\s*1 of 1 worker online/);

  await page.getByRole("button", { name: "Delete worker group e2e-linux" }).click();
  dialog = page.getByRole("dialog", { name: "Delete worker group e2e-linux?" });
  await dialog.getByRole("button", { name: "Delete worker group" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(groups).not.toContainText("e2e-linux");
  expect((await page.request.get("/api/v1/worker-groups/e2e-linux")).status()).toBe(404);
});

test("on a phone, an administrator creates a group that shares hosts and sets it back to own processes", async ({ page }) => {
  await page.setViewportSize(phone);
  await signIn(page);
  await page.goto("/workers");
  const name = `e2e-phone-${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "New worker group" }).click();
  let dialog = page.getByRole("dialog", { name: "New worker group" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Job host").selectOption({ label: "Shared host" });
  expect(await horizontalOverflow(page)).toBe(0);
  await page.screenshot({ path: screenshotPath("worker-group-job-host-phone") });
  await dialog.getByRole("button", { name: "Create worker group" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const group = page.getByRole("list", { name: "Worker groups" }).getByRole("listitem").filter({ hasText: name });
  await expect(group).toContainText("Job host: Shared host");

  await page.getByRole("button", { name: `Edit worker group ${name}` }).click();
  dialog = page.getByRole("dialog", { name: `Edit worker group ${name}` });
  await dialog.getByLabel("Job host").selectOption({ label: "Own process" });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(group).toContainText("Job host: Own process");
  expect(((await (await page.request.get(`/api/v1/worker-groups/${name}`)).json()) as { hostMode: string }).hostMode).toBe("process");
  expect(await horizontalOverflow(page)).toBe(0);
  expect((await page.request.delete(`/api/v1/worker-groups/${name}`)).status()).toBe(204);
});

test("a Reader sees the worker groups and their registration tokens but is offered no way to change them", async ({ page, browser, baseURL }) => {
  await signIn(page);
  const token = await page.request.post("/api/v1/worker-groups/default/registration-tokens", { data: { name: "seen-by-reader", expiresInDays: 1 } });
  expect(token.status()).toBe(201);
  const reader = { username: `wg-reader-${Date.now().toString(36)}`, password: "a reader's long passphrase" };
  const user = await page.request.post("/api/v1/users", { data: { username: reader.username, displayName: "Worker group reader", password: reader.password } });
  expect(user.status()).toBe(201);
  const { id: userId } = (await user.json()) as { id: string };
  expect((await page.request.post("/api/v1/role-assignments", { data: { role: "Reader", userId } })).status()).toBe(201);

  const context = await browser.newContext({ baseURL });
  const readerPage = await context.newPage();
  await signIn(readerPage, reader);
  await readerPage.goto("/workers");
  await expect(readerPage.getByRole("list", { name: "Worker groups" })).toContainText("default");
  await expect(readerPage.getByRole("button", { name: "New worker group" })).toHaveCount(0);
  await expect(readerPage.getByRole("button", { name: /^(Edit|Delete) worker group/ })).toHaveCount(0);
  await expect(readerPage.getByRole("table", { name: "Registration tokens of default" })).toContainText("seen-by-reader");
  await expect(readerPage.getByRole("button", { name: "New registration token" })).toHaveCount(0);
  await expect(readerPage.getByRole("button", { name: /^Revoke registration token/ })).toHaveCount(0);
  await context.close();
  // A usable token would keep the group from being deleted; this one goes.
  expect((await page.request.delete(`/api/v1/worker-groups/default/registration-tokens/${((await token.json()) as { id: string }).id}`)).status()).toBe(204);
});
