import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startOidcTestIssuer, type OidcTestIssuer } from "../server/testing/oidc-test-issuer";
import { freePort, startServed, type Served } from "../server/testing/start-served";
import { screenshotPath, signIn } from "./fixtures";

// A second portal on the run's database, configured with an OpenID Connect provider: the test
// issuer signs in whoever its claims say, as a real provider would after its own login page.
let idp: OidcTestIssuer;
let portal: Served;
let base: string;

test.beforeAll(async () => {
  idp = await startOidcTestIssuer();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(process.env.BATON_E2E_DIR!, "oidc-"));
  portal = await startServed({
    DATABASE_URL: `file:${path.join(process.env.BATON_E2E_DIR!, "baton.db")}`,
    BATON_DATA_DIR: dataDir,
    BATON_SECRET: "e2e-oidc-portal-secret-not-for-production-0123456789",
    PORT: String(port),
    BATON_URL: base,
    BATON_OIDC_ISSUER: idp.issuer,
    BATON_OIDC_CLIENT_ID: idp.clientId,
    BATON_OIDC_CLIENT_SECRET: idp.clientSecret,
    BATON_OIDC_NAME: "Contoso ID",
  });
});

test.afterAll(async () => {
  await portal?.stop();
  await idp?.close();
});

test("a user signs in with the OpenID Connect provider and is matched to their account by verified email", async ({ page, browser }) => {
  await signIn(page);
  const username = `sso-${Date.now().toString(36)}`;
  const email = `${username}@example.com`;
  const created = await page.request.post("/api/v1/users", { data: { username, displayName: "SSO Person", email, password: "unused local password" } });
  expect(created.status()).toBe(201);

  const context = await browser.newContext();
  const user = await context.newPage();
  await user.goto(`${base}/login`);
  const button = user.getByRole("button", { name: "Sign in with Contoso ID" });
  await expect(button).toBeVisible();
  await user.screenshot({ path: screenshotPath("login-with-oidc") });

  idp.claims = { sub: `contoso-${username}`, email, email_verified: true, name: "SSO Person" };
  await button.click();
  await expect(user.getByTestId("current-user")).toHaveText(username);

  await context.close();

  // An identity the provider vouches for but Baton does not know is turned away with the reason.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto(`${base}/login`);
  idp.claims = { sub: "contoso-stranger", email: "stranger@example.com", email_verified: true };
  await stranger.getByRole("button", { name: "Sign in with Contoso ID" }).click();
  await expect(stranger.getByRole("alert").filter({ hasText: "There is no Baton account for this sign-in." })).toBeVisible();
  await expect(stranger).toHaveURL(/\/login\?error=OidcNoAccount$/);
  await strangerContext.close();
});
