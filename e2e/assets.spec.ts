import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const suffix = Date.now().toString(36);
const names = {
  variable: `Greeting-${suffix}`,
  secretVariable: `ApiKey-${suffix}`,
  credential: `SqlLogin-${suffix}`,
  connectionType: `Endpoint-${suffix}`,
  connection: `Prod-${suffix}`,
  certificate: `Signing-${suffix}`,
};
const password = "Pa55word-never-in-logs";

/** A self-signed certificate valid for 10 days, as a password-protected .pfx. */
function makePfx(dir: string): string {
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  const pfx = path.join(dir, "signing.pfx");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "10", "-subj", "/CN=baton-e2e"], { stdio: "ignore" });
  execFileSync("openssl", ["pkcs12", "-export", "-inkey", key, "-in", cert, "-out", pfx, "-passout", "pass:pfx-secret"], { stdio: "ignore" });
  return pfx;
}

async function openTab(page: Page, tab: string) {
  await page.getByRole("navigation", { name: "Asset types" }).getByRole("link", { name: tab }).click();
  await expect(page.getByRole("navigation", { name: "Asset types" }).getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
}

async function newAssetDialog(page: Page, label: string): Promise<Locator> {
  await page.getByRole("button", { name: `New ${label}` }).click();
  return page.getByRole("dialog", { name: `New ${label}` });
}

const row = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });

test("create every asset type in the portal; a runbook reads them and its output masks the password", async ({ page }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assets" }).click();
  await expect(page).toHaveURL(/\/assets\/variables$/);

  // Variables: a plain string, and an encrypted one that is never shown again.
  let dialog = await newAssetDialog(page, "variable");
  await dialog.getByLabel("Name", { exact: true }).fill(names.variable);
  await dialog.getByLabel("Description").fill("Greeting the e2e runbook prints");
  await dialog.getByLabel("Value", { exact: true }).fill("Hello from an asset");
  await dialog.getByRole("button", { name: "Create variable" }).click();
  await expect(row(page, names.variable)).toContainText("Hello from an asset");

  dialog = await newAssetDialog(page, "variable");
  await dialog.getByLabel("Name", { exact: true }).fill(names.secretVariable);
  await dialog.getByLabel("Type", { exact: true }).selectOption("integer");
  await dialog.getByLabel("Encrypted").check();
  await dialog.getByLabel("Value", { exact: true }).fill("not a number");
  await dialog.getByRole("button", { name: "Create variable" }).click();
  await expect(dialog.getByText("Value must be a whole number")).toBeVisible();
  await dialog.getByLabel("Value", { exact: true }).fill("424242");
  await dialog.getByRole("button", { name: "Create variable" }).click();
  await expect(row(page, names.secretVariable)).toContainText("Encrypted");
  await expect(row(page, names.secretVariable)).not.toContainText("424242");
  await expect(row(page, names.secretVariable)).toContainText("e2e-admin");
  await page.screenshot({ path: screenshotPath("assets-variables") });

  // Credential; editing shows the password masked, with Replace revealing an empty input.
  await openTab(page, "Credentials");
  dialog = await newAssetDialog(page, "credential");
  await dialog.getByLabel("Name", { exact: true }).fill(names.credential);
  await dialog.getByLabel("User name").fill("svc-report");
  await dialog.getByLabel("Password", { exact: true }).fill(password);
  await dialog.getByRole("button", { name: "Create credential" }).click();
  await expect(row(page, names.credential)).toContainText("svc-report");
  await row(page, names.credential).getByRole("button", { name: "Edit" }).click();
  dialog = page.getByRole("dialog", { name: `Edit credential ${names.credential}` });
  await expect(dialog.getByLabel("Password (stored, hidden)")).toBeVisible();
  await dialog.getByRole("button", { name: "Replace Password" }).click();
  await expect(dialog.getByLabel("Password", { exact: true })).toHaveValue("");
  await page.screenshot({ path: screenshotPath("assets-credential-edit") });
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // Connection type with a field editor, then a connection generated from its fields.
  await openTab(page, "Connection types");
  dialog = await newAssetDialog(page, "connection type");
  await dialog.getByLabel("Name", { exact: true }).fill(names.connectionType);
  await dialog.getByLabel("Field 1 name").fill("Url");
  await dialog.getByRole("button", { name: "Add field" }).click();
  await dialog.getByLabel("Field 2 name").fill("ApiKey");
  await dialog.getByLabel("Field 2 secret").check();
  await dialog.getByRole("button", { name: "Add field" }).click();
  await dialog.getByLabel("Field 3 name").fill("Port");
  await dialog.getByLabel("Field 3 type").selectOption("integer");
  await dialog.getByLabel("Field 3 optional").check();
  await dialog.getByRole("button", { name: "Create connection type" }).click();
  await expect(row(page, names.connectionType)).toContainText("ApiKey (secret)");

  await openTab(page, "Connections");
  dialog = await newAssetDialog(page, "connection");
  await dialog.getByLabel("Name", { exact: true }).fill(names.connection);
  await dialog.getByLabel("Connection type", { exact: true }).selectOption(names.connectionType);
  await dialog.getByLabel("Url", { exact: true }).fill("https://api.example.test");
  await dialog.getByLabel("ApiKey", { exact: true }).fill("conn-secret-value");
  await dialog.getByLabel("Port (optional)").fill("8443");
  await dialog.getByRole("button", { name: "Create connection" }).click();
  await expect(row(page, names.connection)).toContainText("https://api.example.test");
  await expect(row(page, names.connection)).toContainText("8443");
  await expect(row(page, names.connection)).not.toContainText("conn-secret-value");
  await page.screenshot({ path: screenshotPath("assets-connections") });

  // Certificate: a .pfx expiring in 10 days shows a warning badge.
  await openTab(page, "Certificates");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-cert-"));
  try {
    dialog = await newAssetDialog(page, "certificate");
    await dialog.getByLabel("Name", { exact: true }).fill(names.certificate);
    await dialog.getByLabel("Certificate file").setInputFiles(makePfx(dir));
    await dialog.getByLabel("Password", { exact: true }).fill("wrong password");
    await dialog.getByRole("button", { name: "Create certificate" }).click();
    await expect(dialog.getByText("password: is wrong for this .pfx file")).toBeVisible();
    await dialog.getByLabel("Password", { exact: true }).fill("pfx-secret");
    await dialog.getByLabel("Exportable").check();
    await dialog.getByRole("button", { name: "Create certificate" }).click();
    // Chromium reads a chosen file when the form sends it, so the file stays until the dialog has.
    await expect(dialog).toBeHidden();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await expect(row(page, names.certificate)).toContainText("CN=baton-e2e");
  await expect(row(page, names.certificate)).toContainText(/Expires in (9|10) days/);
  await expect(row(page, names.certificate)).toContainText("Exportable");
  await page.screenshot({ path: screenshotPath("assets-certificates") });

  // A published runbook reads the variable and the credential and prints the password.
  const runbook = `Report-${suffix}`;
  const content = [
    `$greeting = Get-AutomationVariable -Name '${names.variable}'`,
    `$cred = Get-AutomationPSCredential -Name '${names.credential}'`,
    `Write-Output "$greeting as $($cred.UserName)"`,
    `Write-Output "password=$($cred.GetNetworkCredential().Password)"`,
  ].join("\n");
  const created = await page.request.post("/api/v1/runbooks", { data: { name: runbook, content } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await page.request.post(`/api/v1/runbooks/${id}/publish`)).ok()).toBe(true);

  await page.goto(`/runbooks/${id}`);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
  const streams = page.getByTestId("job-streams");
  await expect(streams).toContainText("Hello from an asset as svc-report", { timeout: 90_000 });
  await expect(streams).toContainText("password=***");
  await expect(page.getByTestId("job-status")).toHaveText("Completed", { timeout: 90_000 });
  await expect(streams).not.toContainText(password);
  await page.screenshot({ path: screenshotPath("assets-job-masked"), fullPage: true });

  // Deleting the credential the runbook uses lists the runbook and offers "Delete anyway".
  await page.goto("/assets/credentials");
  await row(page, names.credential).getByRole("button", { name: "Delete" }).click();
  dialog = page.getByRole("dialog", { name: `Delete credential ${names.credential}?` });
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(dialog.getByRole("link", { name: runbook })).toBeVisible();
  await page.screenshot({ path: screenshotPath("assets-delete-in-use") });
  await dialog.getByRole("button", { name: "Delete anyway" }).click();
  await expect(row(page, names.credential)).toHaveCount(0);
});
