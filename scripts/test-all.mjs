// `npm test`: the whole suite, in two lanes that run side by side, each in the order a failure is
// cheapest to find:
//   checks:  type check → lint → unit + integration (vitest: SQLite, PostgreSQL, real pwsh)
//   browser: production build → the production server entry against that build (TLS, proxy trust,
//            security headers) → browser tests (Playwright on Debian's Chromium, real worker + pwsh)
// The lanes share nothing but the machine: vitest makes its own databases and temp dirs, the
// browser lane its own data dir and port. A failed step stops its lane; the other runs to its end.
// Needs PostgreSQL (BATON_TEST_PG_URL, default postgresql://baton:baton@127.0.0.1:5432/postgres),
// pwsh (npm run setup:pwsh) and /usr/bin/chromium; .ci/run installs all three.
// Arguments pick steps by a part of their name: `npm test -- lint browser`.
import { spawn } from "node:child_process";
import readline from "node:readline";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const lanes = {
  checks: [
    ["type check", "npx", ["tsc", "--noEmit", "-p", "."]],
    ["lint", "npx", ["eslint", ".", "--max-warnings", "0"]],
    ["unit and integration tests", "npx", ["vitest", "run"]],
  ],
  browser: [
    ["production build", "npx", ["next", "build"]],
    ["production server tests", "npx", ["vitest", "run", "-c", "vitest.served.config.ts"]],
    ["browser tests", "npx", ["playwright", "test", "-c", "e2e/playwright.config.ts"]],
  ],
};

const only = process.argv.slice(2);
const chosen = Object.entries(lanes)
  .map(([lane, steps]) => [lane, steps.filter(([name]) => !only.length || only.some((o) => name.includes(o)))])
  .filter(([, steps]) => steps.length > 0);
const width = Math.max(...chosen.map(([lane]) => lane.length));

/** Runs one step, every line of its output prefixed with its lane so the two can be told apart. */
function runStep(lane, [name, cmd, args]) {
  const tag = chosen.length > 1 ? `${lane.padEnd(width)} │ ` : "";
  console.log(`\n${tag}▶ ${name}: ${cmd} ${args.join(" ")}`);
  const child = spawn(cmd, args, { env: chosen.length > 1 ? { ...env, FORCE_COLOR: "0", NO_COLOR: "1" } : env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => console.log(`${tag}${line}`));
  }
  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.log(`${tag}${error.message}`);
      resolve(1);
    });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const results = [];
async function runLane([lane, steps]) {
  for (const step of steps) {
    const started = Date.now();
    const code = await runStep(lane, step);
    results.push({ lane, name: step[0], ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
    if (code !== 0) return;
  }
}

const started = Date.now();
await Promise.all(chosen.map(runLane));
console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.lane}: ${r.name} (${r.seconds} s)`);
console.log(`  wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
const failed = results.filter((r) => !r.ok).length;
process.exit(failed || results.length === 0 ? 1 : 0);
