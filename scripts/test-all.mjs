// `npm test`: the whole suite, in the order a failure is cheapest to find.
//   1. type check   2. lint   3. unit + integration (vitest: SQLite, PostgreSQL, real pwsh)
//   4. production build   5. the production server entry against that build (TLS, proxy trust,
//   security headers)   6. browser tests (Playwright on Debian's Chromium, real worker + pwsh)
// Needs PostgreSQL (BATON_TEST_PG_URL, default postgresql://baton:baton@127.0.0.1:5432/postgres),
// pwsh (npm run setup:pwsh) and /usr/bin/chromium; .ci/run installs all three.
import { spawnSync } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps = [
  ["type check", "npx", ["tsc", "--noEmit", "-p", "."]],
  ["lint", "npx", ["eslint", ".", "--max-warnings", "0"]],
  ["unit and integration tests", "npx", ["vitest", "run"]],
  ["production build", "npx", ["next", "build"]],
  ["production server tests", "npx", ["vitest", "run", "-c", "vitest.served.config.ts"]],
  ["browser tests", "npx", ["playwright", "test", "-c", "e2e/playwright.config.ts"]],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: r.status === 0, seconds });
  if (r.status !== 0) break;
}

console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
process.exit(failed || results.length === 0 ? 1 : 0);
