import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { desktop, horizontalOverflow, phone, screenshotPath, signIn } from "./fixtures";

// The administrator's side of a remote worker (README › Remote workers): a token made in the portal
// admits a worker over the worker protocol, the Workers page shows how it connects and from where,
// and revoking the token refuses the worker's next call. The worker's side runs in
// server/remote-worker.test.ts; here its calls are made as a remote worker makes them.

async function remoteWorkerJoins(page: Page, widthLabel: string) {
  await signIn(page);
  const group = `e2e-remote-${widthLabel}-${Date.now().toString(36)}`;
  expect((await page.request.post("/api/v1/worker-groups", { data: { name: group, description: "Branch office" } })).status()).toBe(201);
  await page.goto("/workers");

  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Registration tokens" }) });
  await card.getByLabel("Worker group").selectOption(group);
  await card.getByRole("button", { name: "New registration token" }).click();
  const dialog = page.getByRole("dialog", { name: `New registration token for ${group}` });
  await dialog.getByLabel("Name", { exact: true }).fill("branch office");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByRole("dialog", { name: "Registration token branch office created" });
  const secret = await shown.getByLabel("Registration token").inputValue();
  await shown.getByRole("button", { name: "Done" }).click();

  // What `npm run worker` does with BATON_URL and BATON_WORKER_TOKEN: it registers, then heartbeats.
  const bearer = { authorization: `Bearer ${secret}` };
  const workerName = `${group}-1`;
  const registered = await page.request.post("/api/v1/worker-protocol/register", { headers: bearer, data: { name: workerName, host: "branch-host", version: "0.1.0", pid: 4242, capacity: 2 } });
  expect(registered.status()).toBe(201);
  const { id } = (await registered.json()) as { id: string };

  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: workerName }) });
  await expect(row).toContainText(group);
  await expect(row).toContainText(/HTTPS from (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)/);
  await expect(page.getByRole("list", { name: "Worker groups" })).toContainText(new RegExp(`${group}[\\s\\S]*1 of 1 worker online`));
  if (widthLabel === "phone") expect(await horizontalOverflow(page)).toBe(0);
  else await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath(`remote-worker-${widthLabel}`), fullPage: true });

  // The worker goes offline, as it does when it stops; then its token is revoked in the portal.
  expect((await page.request.post(`/api/v1/worker-protocol/workers/${id}/heartbeat`, { headers: bearer, data: { state: "offline" } })).status()).toBe(204);
  await card.getByLabel("Worker group").selectOption(group);
  const tokenRow = page.getByRole("table", { name: `Registration tokens of ${group}` }).getByRole("row", { name: "branch office" });
  await tokenRow.getByRole("button", { name: "Revoke registration token branch office" }).click();
  await page.getByRole("dialog", { name: "Revoke registration token branch office?" }).getByRole("button", { name: "Revoke token" }).click();
  await expect(tokenRow).toContainText("revoked");
  const refused = await page.request.post(`/api/v1/worker-protocol/workers/${id}/heartbeat`, { headers: bearer, data: { state: "online" } });
  expect(refused.status()).toBe(401);
}

test("an administrator's registration token admits a remote worker, which the Workers page shows with its address, until the token is revoked", async ({ page }) => {
  await page.setViewportSize(desktop);
  await remoteWorkerJoins(page, "desktop");
});

test("on a phone, the Workers page shows a remote worker's connection", async ({ page }) => {
  await page.setViewportSize(phone);
  await remoteWorkerJoins(page, "phone");
});
