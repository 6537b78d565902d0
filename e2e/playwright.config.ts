import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { admin } from "./fixtures";

// The runner loads this file in every worker process too; the port and data directory are chosen
// once, in the first process, and inherited through the environment so all agree.
const env = process.env;
env.BATON_E2E_PORT ??= execFileSync(process.execPath, ["-e", "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"], { encoding: "utf8" }).trim();
env.BATON_E2E_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "baton-e2e-"));

const port = Number(env.BATON_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const root = path.resolve(import.meta.dirname, "..");

/** The web service and the worker share one fresh SQLite database for the run. */
const serverEnv = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:${path.join(env.BATON_E2E_DIR, "baton.db")}`,
  BATON_DATA_DIR: env.BATON_E2E_DIR,
  BATON_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
  BATON_URL: baseURL,
  PORT: String(port),
  BATON_HOST: "127.0.0.1",
  BATON_ADMIN_USERNAME: admin.username,
  BATON_ADMIN_PASSWORD: admin.password,
  // npm test runs vitest beside this lane at niceness 10; jobs niced to 10 as well (the default)
  // would share the cores evenly with it, where the rest of this lane gets precedence. Niceness
  // itself is tested in worker/pwsh-runner/pwsh-runner.priority.test.ts.
  BATON_JOB_NICE: "0",
  ...(env.BATON_PWSH ? { BATON_PWSH: env.BATON_PWSH } : {}),
};

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: path.join(root, "test-results"),
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(env.CI),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalTeardown: "./global-teardown.ts",
  use: {
    baseURL,
    // A failed test keeps its trace of actions and DOM snapshots. Screenshots are left out: they are
    // a screencast of every frame of every test, which cost about 30% of the browser tests' CPU.
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    // `next build` has run before (the .next directory is the build under test).
    command: [
      "node --import tsx scripts/migrate.ts deploy",
      "node --import tsx e2e/seed.ts",
      "(node --import tsx worker/index.ts & exec node --import tsx server/serve.ts)",
    ].join(" && "),
    cwd: root,
    env: serverEnv,
    url: `${baseURL}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
