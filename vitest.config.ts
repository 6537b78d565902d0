import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "worker/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
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
  },
});
