import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests of the production server entry against the built portal: run after `next build`
// (scripts/test-all.mjs does), with `npx vitest run -c vitest.served.config.ts`.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["server/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
    globalSetup: ["lib/testing/global-setup.ts"],
  },
});
