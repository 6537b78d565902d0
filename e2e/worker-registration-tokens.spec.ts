import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { desktop, horizontalOverflow, phone, screenshotPath, signIn } from "./fixtures";

// A Reader's view of the tokens is checked in worker-groups.spec.ts, beside the groups'.

/** Creates a token for the "default" group (the e2e worker's) in the portal; returns the secret the dialog showed once. */
async function createToken(page: Page, name: string, widthLabel: string): Promise<string> {
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Registration tokens" }) });
  await expect(card.getByLabel("Worker group")).toHaveValue("default");
  await card.getByRole("button", { name: "New registration token" }).click();
  const dialog = page.getByRole("dialog", { name: "New registration token for default" });
  // The form checks the route's own schema before sending.
  await dialog.getByRole("button", { name: "Create token" }).click();
  await expect(dialog.getByText("Name is required")).toBeVisible();
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await expect(dialog.getByLabel("Expires after")).toHaveValue("30");
  await dialog.getByLabel("Expires after").selectOption({ label: "7 days" });
  await dialog.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByRole("dialog", { name: `Registration token ${name} created` });
  await expect(shown.getByRole("status")).toContainText("shown this once and never again");
  const field = shown.getByLabel("Registration token");
  await expect(field).toHaveValue(/^bwr_[A-Za-z0-9_-]{43}$/);
  const secret = await field.inputValue();
  if (widthLabel === "phone") expect(await horizontalOverflow(page)).toBe(0);
  else await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath(`worker-registration-token-shown-once-${widthLabel}`) });
  await shown.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  return secret;
}

async function createAndRevoke(page: Page, widthLabel: string) {
  await signIn(page);
  await page.goto("/workers");
  const name = `e2e-${widthLabel}-${Date.now().toString(36)}`;
  const secret = await createToken(page, name, widthLabel);

  // Listed by its prefix only: the secret is not on the page any more, and the API never returns it again.
  const row = page.getByRole("table", { name: "Registration tokens of default" }).getByRole("row", { name: name });
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  await expect(row).toContainText("active");
  await expect(row).toContainText("by e2e-admin");
  await expect(row).toContainText("Never");
  expect(await page.content()).not.toContain(secret);
  expect(await (await page.request.get("/api/v1/worker-groups/default/registration-tokens")).text()).not.toContain(secret);
  // It is no user's credential.
  expect((await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
  if (widthLabel === "phone") expect(await horizontalOverflow(page)).toBe(0);

  await row.getByRole("button", { name: `Revoke registration token ${name}` }).click();
  const confirm = page.getByRole("dialog", { name: `Revoke registration token ${name}?` });
  await expect(confirm).toContainText("It stops admitting workers to default at once.");
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
  if (widthLabel === "desktop") await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath(`worker-registration-token-revoked-${widthLabel}`) });
}

test("an administrator creates a registration token, sees it once, and revokes it", async ({ page }) => {
  await page.setViewportSize(desktop);
  await createAndRevoke(page, "desktop");
});

test("on a phone, an administrator creates a registration token, sees it once, and revokes it", async ({ page }) => {
  await page.setViewportSize(phone);
  await createAndRevoke(page, "phone");
});
