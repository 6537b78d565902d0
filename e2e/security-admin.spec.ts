import { expect, test } from "@playwright/test";
import { desktop, screenshotPath, signIn } from "./fixtures";

const operator = { username: `pat-${Date.now().toString(36)}`, password: "pat's payments password" };

test("an admin grants a group Operator on tag payments; its member can start but not edit a payments runbook, and cannot administer users", async ({ page }) => {
  await signIn(page);

  // A published runbook tagged "payments".
  const runbookName = `Pay-Reconcile-${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/runbooks", { data: { name: runbookName, tags: ["payments"], content: "Write-Output 'reconciled'" } });
  expect(created.status()).toBe(201);
  const runbookId = (await created.json()).id as string;
  expect((await page.request.post(`/api/v1/runbooks/${runbookId}/publish`)).ok()).toBe(true);

  // The user.
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Users" }).click();
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Username").fill(operator.username);
  await dialog.getByLabel("Display name").fill("Pat Payments");
  await dialog.getByLabel("Initial password").fill("too short");
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("Password must be at least 12 characters")).toBeVisible();
  await dialog.getByLabel("Initial password").fill(operator.password);
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByTestId(`user-row-${operator.username}`)).toContainText("Active");
  await page.screenshot({ path: screenshotPath("admin-users") });

  // The group, its role on the tag, and the member.
  await nav.getByRole("link", { name: "Groups" }).click();
  await page.getByRole("button", { name: "New group" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("Payments operators");
  await page.getByRole("dialog").getByRole("button", { name: "Create group" }).click();
  const group = page.getByTestId("group-Payments operators");
  await expect(group).toBeVisible();
  await page.getByRole("button", { name: "Grant a role to group Payments operators" }).click();
  await page.getByRole("dialog").getByLabel("Role").selectOption("Operator");
  await page.getByRole("dialog").getByLabel("Only on runbooks tagged").fill("payments");
  await page.getByRole("dialog").getByRole("button", { name: "Grant role" }).click();
  await expect(group).toContainText("Operatoron tag payments");
  await page.getByLabel("User to add to Payments operators").selectOption({ label: operator.username });
  await group.getByRole("button", { name: "Add member" }).click();
  await expect(group.getByText("Pat Payments")).toBeVisible();
  await page.screenshot({ path: screenshotPath("admin-groups") });

  // The audit log recorded it all.
  await nav.getByRole("link", { name: "Audit log" }).click();
  // Other specs in the run (the PowerShell module's) add their own events of these kinds; the newest come first.
  await expect(page.getByRole("cell", { name: "group.member_add" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "role_assignment.create" }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("admin-audit") });
  const csv = await page.request.get("/api/v1/audit-events?format=csv&action=user.create");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`user.create,success,user,${operator.username}`);

  // A page on another site cannot make the browser write with the admin's session cookie.
  const forged = await page.request.post("/api/v1/groups", { data: { name: "Forged" }, headers: { "sec-fetch-site": "cross-site" } });
  expect(forged.status()).toBe(403);

  // The member signs in.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, operator);
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await page.goto(`/runbooks/${runbookId}`);
  await expect(page.getByRole("heading", { name: new RegExp(runbookName) })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start" })).toBeEnabled();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  expect((await page.request.post(`/api/v1/runbooks/${runbookId}/jobs`, { data: {} })).status()).toBe(201);
  expect((await page.request.patch(`/api/v1/runbooks/${runbookId}`, { data: { description: "not allowed" } })).status()).toBe(403);
  expect((await page.request.get("/api/v1/users")).status()).toBe(403);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("admin-users-forbidden") });
});

test("a user creates an API token, sees it once, uses it, and revokes it after confirming", async ({ page, playwright }) => {
  await page.setViewportSize(desktop);
  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" }).click();
  await page.getByLabel("Token name").fill("e2e script");
  await page.getByRole("button", { name: "Create token" }).click();
  const created = page.locator("section", { has: page.getByRole("heading", { name: "New token" }) });
  await expect(created.getByRole("status")).toContainText("shown this once and never again");
  const field = created.getByLabel("API token", { exact: true });
  await expect(field).toHaveValue(/^bat_/);
  const token = await field.inputValue();
  await page.screenshot({ path: screenshotPath("settings-tokens") });

  const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await api.get("/api/v1/runbooks")).status()).toBe(200);
  const row = page.getByRole("row", { name: /e2e script/ });
  const revoke = row.getByRole("button", { name: "Revoke API token e2e script" });
  const confirm = page.getByRole("dialog", { name: "Revoke API token e2e script?" });

  // From the keyboard: the dialog opens on Cancel, and Escape leaves the token as it was.
  await revoke.focus();
  await page.keyboard.press("Enter");
  await expect(confirm).toContainText("Anything that calls Baton's API with it is refused from now on.");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(row).toContainText("active");
  expect((await api.get("/api/v1/runbooks")).status()).toBe(200);

  await revoke.click();
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
  expect((await api.get("/api/v1/runbooks")).status()).toBe(401);
  await api.dispose();
});
