import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    // Generous: a bound only matters when a test fails, and pwsh start-up on a busy 2-core machine is slow.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // expect.poll's 1 s default failed a PostgreSQL purge that took longer on a loaded machine; as
    // with the timeouts above, the bound only matters when the awaited state never comes.
    expect: { poll: { timeout: 60_000 } },
    // Test files share one machine's pwsh and PostgreSQL server; two at a time keeps them responsive.
    maxWorkers: 2,
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/route-target-setup.ts"],
    projects: [
      // Route handlers read the process's environment, database client and key ring, which a test
      // file sets for itself (DATABASE_URL, BATON_WEBHOOK_RATE_PER_MINUTE): each file gets fresh modules.
      { extends: true, test: { name: "routes", include: ["app/**/*.test.ts"] } },
      // The rest passes what it uses explicitly, so the files of one worker process share its loaded
      // modules: module loading summed over the files fell from 424 s to 228 s of a CI run.
      { extends: true, test: { name: "modules", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "worker/**/*.test.ts", "scripts/**/*.test.ts"], isolate: false } },
    ],
  },
});
