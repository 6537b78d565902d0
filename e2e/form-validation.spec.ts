import { expect, test, type Page } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

/** Records every write to the API, so a test can show that a form rejected its input without sending it. */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on("request", (req) => {
    if (req.method() !== "GET" && new URL(req.url()).pathname.startsWith("/api/v1/")) writes.push(`${req.method()} ${new URL(req.url()).pathname}`);
  });
  return writes;
}

test("asset forms show the shared schema's field errors before sending, and a server conflict on the Name field", async ({ page }) => {
  await signIn(page);
  const writes = recordWrites(page);
  const name = `Timeout-${Date.now().toString(36)}`;

  await page.goto("/assets/variables");
  await page.getByRole("button", { name: "New variable" }).click();
  const dialog = page.getByRole("dialog", { name: "New variable" });
  const nameInput = dialog.getByLabel("Name", { exact: true });

  // A '/' would break the asset's URL: the name schema the route parses says so beside the field.
  await nameInput.fill("bad/name");
  await dialog.getByLabel("Value", { exact: true }).fill("30");
  await dialog.getByRole("button", { name: "Create variable" }).click();
  await expect(nameInput).toHaveAttribute("aria-invalid", "true");
  await expect(nameInput).toHaveAccessibleDescription(/Name must not contain < > \* % & : \\ \? \/ \+ quotes, \$ or control characters/);
  await page.screenshot({ path: screenshotPath("form-validation-asset-name") });

  // The value schema for the chosen type is the one the server applies.
  const value = dialog.getByLabel("Value", { exact: true });
  await nameInput.fill(name);
  await dialog.getByLabel("Type", { exact: true }).selectOption("datetime");
  await value.fill("next tuesday");
  await dialog.getByRole("button", { name: "Create variable" }).click();
  await expect(value).toHaveAccessibleDescription(/Value must be an ISO 8601 date-time such as 2026-01-31T08:00:00Z$/);
  await expect(nameInput).not.toHaveAttribute("aria-invalid");
  await dialog.getByLabel("Type", { exact: true }).selectOption("integer");
  await value.fill("abc");
  await dialog.getByRole("button", { name: "Create variable" }).click();
  await expect(value).toHaveAccessibleDescription("Value must be a whole number (within ±2^53) for an integer variable");
  await page.screenshot({ path: screenshotPath("form-validation-integer-value") });
  expect(writes).toEqual([]);

  await value.fill("30");
  await dialog.getByRole("button", { name: "Create variable" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name })).toBeVisible();
  expect(writes).toEqual(["POST /api/v1/variables"]);

  // Only the server knows the name is taken: its 409 names the field, so the message lands there.
  await page.getByRole("button", { name: "New variable" }).click();
  await nameInput.fill(name.toUpperCase());
  await value.fill("x");
  await dialog.getByRole("button", { name: "Create variable" }).click();
  await expect(nameInput).toHaveAccessibleDescription(new RegExp(`A variable named '${name}' already exists`));
  await expect(dialog.getByRole("alert")).toHaveCount(0);
});

test("runbook create and import forms show the shared schema's field errors before sending", async ({ page }) => {
  await signIn(page);
  const writes = recordWrites(page);

  await page.goto("/runbooks/new");
  const nameInput = page.getByLabel("Name", { exact: true });
  await nameInput.fill("Restart App Pool");
  await page.getByLabel("Tags").fill("web, !urgent");
  await page.getByRole("button", { name: "Create and edit" }).click();
  await expect(nameInput).toHaveAccessibleDescription(/Name must start with a letter and contain only letters, digits, '-' and '_'$/);
  await expect(page.getByLabel("Tags")).toHaveAccessibleDescription(/Tags 2 must start with a letter or digit/);
  await page.screenshot({ path: screenshotPath("form-validation-runbook-name"), fullPage: true });

  await page.goto("/runbooks/import");
  await page.getByLabel("Name", { exact: true }).fill("Restart-AppPool");
  await page.getByRole("button", { name: "Import and edit" }).click();
  await expect(page.getByLabel("Script", { exact: true })).toHaveAccessibleDescription("Script is empty: choose a .ps1 file or paste the script");
  expect(writes).toEqual([]);
});
