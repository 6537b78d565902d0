// `npm test`: the whole suite, in two lanes that run side by side, each in the order a failure is
// cheapest to find:
//   checks:  unit + integration (vitest: SQLite, PostgreSQL, real pwsh), the longest step
//   browser: production build → type check → lint → browser tests (Playwright on Debian's Chromium,
//            real worker + pwsh) → the production server entry against the build (TLS, proxy
//            trust, security headers)
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
    // At a lower priority: the browser lane is one page load after another, each needing a little
    // CPU at once, while vitest keeps every core busy. At equal priority the browser lane took 30
    // minutes beside vitest against 13 alone, and the run ended with it on an otherwise idle machine.
    { name: "unit and integration tests", cmd: "nice", args: ["-n", "10", "npx", "vitest", "run"] },
  ],
  browser: [
    // The build skips its own type check only when this lane runs one.
    { name: "production build", cmd: "npx", args: ["next", "build"], env: (picked) => (picked.has("type check") ? { BATON_BUILD_TYPECHECKED_ELSEWHERE: "1" } : {}) },
    { name: "type check", cmd: "npx", args: ["tsc", "--noEmit", "-p", "."] },
    { name: "lint", cmd: "npx", args: ["eslint", ".", "--max-warnings", "0"] },
    { name: "browser tests", cmd: "npx", args: ["playwright", "test", "-c", "e2e/playwright.config.ts"] },
    { name: "production server tests", cmd: "npx", args: ["vitest", "run", "-c", "vitest.served.config.ts"] },
  ],
};

const only = process.argv.slice(2);
const chosen = Object.entries(lanes)
  .map(([lane, steps]) => [lane, steps.filter(({ name }) => !only.length || only.some((o) => name.includes(o)))])
  .filter(([, steps]) => steps.length > 0);
const width = Math.max(...chosen.map(([lane]) => lane.length));

const picked = new Set(chosen.flatMap(([, steps]) => steps.map(({ name }) => name)));

/** How much of a failed step's own output the end of the run repeats: the two lanes' lines interleave above, and CI logs are often read from the end. */
const failureTailLines = 150;

/** Runs one step, every line of its output prefixed with its lane so the two can be told apart; resolves to its exit code and its last lines. */
function runStep(lane, { name, cmd, args, env: envFor = () => ({}) }) {
  const stepEnv = envFor(picked);
  const tag = chosen.length > 1 ? `${lane.padEnd(width)} │ ` : "";
  console.log(`\n${tag}▶ ${name}: ${cmd} ${args.join(" ")}`);
  const child = spawn(cmd, args, { env: { ...env, ...(chosen.length > 1 ? { FORCE_COLOR: "0", NO_COLOR: "1" } : {}), ...stepEnv }, stdio: ["ignore", "pipe", "pipe"] });
  const tail = [];
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      console.log(`${tag}${line}`);
      tail.push(line);
      if (tail.length > failureTailLines) tail.shift();
    });
  }
  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.log(`${tag}${error.message}`);
      resolve({ code: 1, tail });
    });
    child.on("close", (code) => resolve({ code: code ?? 1, tail }));
  });
}

const results = [];
async function runLane([lane, steps]) {
  let failedStep = null;
  for (const step of steps) {
    if (failedStep) {
      results.push({ lane, name: step.name, ok: false, note: `not run: ${failedStep} failed` });
      continue;
    }
    const started = Date.now();
    const { code, tail } = await runStep(lane, step);
    results.push({ lane, name: step.name, ok: code === 0, note: `${((Date.now() - started) / 1000).toFixed(1)} s`, tail: code === 0 ? [] : tail });
    if (code !== 0) failedStep = step.name;
  }
}

const started = Date.now();
await Promise.all(chosen.map(runLane));
for (const r of results.filter((r) => r.tail?.length)) {
  console.log(`\nThe end of ${r.lane}: ${r.name}, which failed:`);
  for (const line of r.tail) console.log(`  ${line}`);
}
console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.lane}: ${r.name} (${r.note})`);
console.log(`  wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
const failed = results.filter((r) => !r.ok).length;
process.exit(failed || results.length === 0 ? 1 : 0);
