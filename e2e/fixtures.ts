import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** The administrator e2e/seed.ts creates in the test database. */
export const admin = { username: "e2e-admin", password: "e2e-correct-horse-battery" } as const;

export const screenshotPath = (name: string) => path.join(import.meta.dirname, "screenshots", `${name}.png`);

export async function signIn(page: Page, credentials: { username: string; password: string } = admin): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Username").fill(credentials.username);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(credentials.username);
}

export const phone = { width: 390, height: 844 } as const;
export const desktop = { width: 1440, height: 900 } as const;

/**
 * A user with the Operator role only on runbooks tagged `tag`, created through the API by the signed-in
 * administrator on `page`; returns the credentials to sign in with.
 */
export async function createScopedOperator(page: Page, tag: string): Promise<{ username: string; password: string }> {
  const credentials = { username: `op-${tag}-${Date.now().toString(36)}`, password: "operator's long password" };
  const user = await page.request.post("/api/v1/users", { data: { ...credentials, displayName: `Operator of ${tag}` } });
  expect(user.status()).toBe(201);
  const grant = await page.request.post("/api/v1/role-assignments", { data: { userId: (await user.json()).id, role: "Operator", scopeTag: tag } });
  expect(grant.status()).toBe(201);
  return credentials;
}

/** Creates and publishes a runbook through the API; returns its id. */
export async function publishedRunbook(page: Page, data: { name: string; content: string; tags?: string[] }): Promise<string> {
  const created = await page.request.post("/api/v1/runbooks", { data });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.post(`/api/v1/runbooks/${id}/publish`)).ok()).toBe(true);
  return id;
}

/** The editor's Publish asks first: click it, then confirm in the dialog that says which version it makes. */
export async function publishFromEditor(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: /^Publish / });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: /^Publish version \d+$/ }).click();
}

/** How much wider than the viewport the page is (0 when it fits): what makes a phone scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
