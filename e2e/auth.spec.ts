import { expect, test } from "@playwright/test";
import { admin, screenshotPath, signIn } from "./fixtures";

test("an unauthenticated visit to /runbooks lands on the sign-in page", async ({ page }) => {
  await page.goto("/runbooks");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Sign in to Baton" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("login") });
});

test("a wrong password shows an error and keeps the user signed out", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Username").fill(admin.username);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Incorrect username or password.");
  await page.screenshot({ path: screenshotPath("login-error") });
  await page.goto("/runbooks");
  await expect(page).toHaveURL(/\/login$/);
});

test("signing out ends the session on the server", async ({ page, context }) => {
  await signIn(page);
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  // Replaying the old cookie must not work: sign-out revoked its UserSession row.
  await context.addCookies(cookies);
  const res = await page.request.get("/api/v1/runbooks");
  expect(res.status()).toBe(401);
});

test("before the page's scripts run, Sign in and Sign out refuse clicks they could not handle, and the password never goes in a URL", async ({ browser }) => {
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage());
  const page = await signedIn.newPage();
  // Holding back the scripts leaves the page as the server rendered it: what a person on a slow link sees first.
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeDisabled();
  await signedIn.close();

  const anonymous = await browser.newContext();
  const login = await anonymous.newPage();
  await login.route("**/_next/static/chunks/**", (route) => route.abort());
  await login.goto("/login");
  await expect(login.getByRole("button", { name: "Sign in" })).toBeDisabled();
  await expect(login.locator("form")).toHaveAttribute("method", "post");
  await anonymous.close();
});
