import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
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
  await expect(page.getByLabel("Tags")).toHaveAccessibleDescription(/Tag 2 must start with a letter or digit/);
  await page.screenshot({ path: screenshotPath("form-validation-runbook-name"), fullPage: true });

  await page.goto("/runbooks/import");
  await page.getByLabel("Name", { exact: true }).fill("Restart-AppPool");
  await page.getByRole("button", { name: "Import and edit" }).click();
  await expect(page.getByLabel("Script", { exact: true })).toHaveAccessibleDescription("Script is empty: choose a .ps1 file or paste the script");
  expect(writes).toEqual([]);
});

test("a name clash shows beside Name, and every attempt clears the errors of the one before", async ({ page }) => {
  await signIn(page);
  const suffix = Date.now().toString(36);
  const taken = `Taken-${suffix}`;
  expect((await page.request.post("/api/v1/runbooks", { data: { name: taken } })).status()).toBe(201);
  const other = await page.request.post("/api/v1/runbooks", { data: { name: `Other-${suffix}` } });
  const otherId = (await other.json()).id as string;

  // New runbook: only the server knows the name is taken (in any case); its 409 lands beside Name.
  await page.goto("/runbooks/new");
  const name = page.getByLabel("Name", { exact: true });
  await name.fill(taken.toLowerCase());
  await page.getByRole("button", { name: "Create and edit" }).click();
  await expect(name).toHaveAccessibleDescription(new RegExp(`A runbook named ${taken} already exists$`));
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("form-validation-name-taken") });
  // The next attempt fails for another reason: only that reason shows.
  await name.fill("Bad Name");
  await page.getByRole("button", { name: "Create and edit" }).click();
  await expect(name).toHaveAccessibleDescription(/Name must start with a letter and contain only letters, digits, '-' and '_'$/);
  await name.fill(`Fresh-${suffix}`);
  await page.getByLabel("Tags").fill("ok, !bad");
  await page.getByRole("button", { name: "Create and edit" }).click();
  await expect(page.getByLabel("Tags")).toHaveAccessibleDescription(/Tag 2 must start with a letter or digit/);
  await expect(name).not.toHaveAttribute("aria-invalid");

  // Properties: a rename onto a taken name, then another mistake.
  await page.goto(`/runbooks/${otherId}`);
  const properties = page.getByRole("form", { name: "Runbook properties" });
  const rename = properties.getByLabel("Name", { exact: true });
  await rename.fill(taken);
  await properties.getByRole("button", { name: "Save properties" }).click();
  await expect(rename).toHaveAccessibleDescription(new RegExp(`A runbook named ${taken} already exists$`));
  await rename.fill(`Other-${suffix}`);
  await properties.getByLabel("Concurrency limit").fill("0");
  await properties.getByRole("button", { name: "Save properties" }).click();
  await expect(properties.getByLabel("Concurrency limit")).toHaveAccessibleDescription(/Concurrency limit must be at least 1$/);
  await expect(rename).not.toHaveAttribute("aria-invalid");
  await expect(properties.getByRole("alert")).toHaveCount(0);
});

test("forms mark what is required and say what is wrong in plain words", async ({ page }) => {
  await signIn(page);
  const writes = recordWrites(page);
  const suffix = Date.now().toString(36);

  // Required fields carry a mark, and the control tells screen readers.
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "New user" }).click();
  const newUser = page.getByRole("dialog", { name: "New user" });
  for (const label of ["Username", "Display name", "Initial password"]) {
    await expect(newUser.getByLabel(label, { exact: true })).toHaveAttribute("aria-required", "true");
  }
  await expect(newUser.locator("label", { hasText: "Display name" }).locator("xpath=..")).toHaveText("Display name*");
  await expect(newUser.getByLabel("Email", { exact: true })).not.toHaveAttribute("aria-required");
  await page.keyboard.press("Escape");

  // A worker group name: a sentence, not a fragment.
  await page.goto("/workers");
  await page.getByRole("button", { name: "New worker group" }).click();
  const group = page.getByRole("dialog", { name: "New worker group" });
  await group.getByLabel("Name", { exact: true }).fill("bad name!");
  await group.getByRole("button", { name: "Create worker group" }).click();
  await expect(group.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/Name must start with a letter or digit and use only letters, digits and \. _ -$/);
  await page.keyboard.press("Escape");

  // A schedule's name follows the one name rule; a cron expression is judged in the hint's terms.
  await page.goto("/schedules/new");
  await page.getByLabel("Name", { exact: true }).fill("<script>alert(1)</script>");
  await page.getByLabel("Recurrence").selectOption("cron");
  const cron = page.getByLabel("Cron expression");
  await cron.fill("* * * *");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription("Name must not contain < > * % & : \\ ? / + quotes, $ or control characters");
  await expect(cron).toHaveAccessibleDescription(/Cron expression must have 5 fields \(minute hour day month weekday\) or 6 with seconds first; this one has 4$/);
  await cron.fill("0 25 * * *");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(cron).toHaveAccessibleDescription(/Cron expression has an hour out of range \(allowed: 0–23\)$/);
  await page.screenshot({ path: screenshotPath("form-validation-cron"), fullPage: true });
  // Only the occurrence preview asked the server anything; nothing was saved.
  expect(writes.filter((w) => !w.endsWith("/schedules/preview"))).toEqual([]);

  // A tag-scoped grant suggests the tags in use and warns about one no runbook carries.
  expect((await page.request.post("/api/v1/runbooks", { data: { name: `Tagged-${suffix}`, tags: [`billing-${suffix}`] } })).status()).toBe(201);
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Grant a role to e2e-admin" }).click();
  const grant = page.getByRole("dialog", { name: "Grant a role to e2e-admin" });
  const tag = grant.getByLabel("Only on runbooks tagged");
  const listId = await tag.getAttribute("list");
  await expect(page.locator(`datalist[id="${listId}"] option[value="billing-${suffix}"]`)).toHaveCount(1);
  await tag.fill(`biling-${suffix}`);
  await expect(grant.getByTestId("unused-tag-warning")).toHaveText(`No runbook carries the tag biling-${suffix} yet: this grant gives access to nothing until one does. Check the spelling, or pick a tag from the list.`);
  await expectNoA11yViolations(page);
  await tag.fill(`billing-${suffix}`);
  await expect(grant.getByTestId("unused-tag-warning")).toHaveCount(0);
  await page.keyboard.press("Escape");
});
