import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("after an administrator resets a password, the user must choose a new one before anything else", async ({ page, browser }) => {
  await signIn(page);
  const username = `reset-${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/users", { data: { username, displayName: "Reset Person", password: "first password of theirs" } });
  expect(created.status()).toBe(201);
  const userId = (await created.json()).id as string;
  const reset = await page.request.put(`/api/v1/users/${userId}/password`, { data: { password: "temporary from admin" } });
  expect(reset.status()).toBe(204);

  const context = await browser.newContext();
  const user = await context.newPage();
  await user.goto("/login");
  await user.getByLabel("Username").fill(username);
  await user.getByLabel("Password").fill("temporary from admin");
  await user.getByRole("button", { name: "Sign in" }).click();
  await expect(user.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(user).toHaveURL(/\/change-password$/);

  // Every portal page and every API call waits for the change.
  await user.goto("/runbooks");
  await expect(user).toHaveURL(/\/change-password$/);
  const refused = await user.request.get("/api/v1/tokens");
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatchObject({ code: "password_change_required", message: expect.stringContaining("Change your password first") });
  await user.screenshot({ path: screenshotPath("password-change-required") });

  await user.getByLabel("Current password").fill("temporary from admin");
  await user.getByLabel("New password").fill("my very own passphrase");
  await user.getByRole("button", { name: "Change password" }).click();
  await expect(user.getByTestId("current-user")).toHaveText(username);
  expect((await user.request.get("/api/v1/tokens")).status()).toBe(200);
  await context.close();
});
