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
