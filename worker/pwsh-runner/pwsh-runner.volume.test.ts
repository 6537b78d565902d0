import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobRunner } from "../runner-types";
import { createPwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";

describe.skipIf(skipPwsh)("pwsh runner: volume", () => {
  let runner: JobRunner;
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 1 });
  });
  afterAll(async () => {
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it("delivers 100,000 output lines in order, in batches", async () => {
    const started = performance.now();
    const run = await runToEnd(runner, spec("1..100000 | ForEach-Object { \"line $_\" }"));
    const ms = performance.now() - started;
    expect(run.outcome).toEqual({ status: "completed" });
    expect(run.records).toHaveLength(100_000);
    for (let i = 0; i < run.records.length; i++) {
      if (run.records[i].text !== `line ${i + 1}`) throw new Error(`record ${i} is ${JSON.stringify(run.records[i].text)}`);
    }
    expect(run.batches).toBeLessThan(run.records.length / 100);
    console.log(`100,000 lines: ${Math.round(ms)} ms (${Math.round(100_000 / (ms / 1000))} records/s) in ${run.batches} batches`);
  });

  it("delivers a single 10 MB string intact", async () => {
    const started = performance.now();
    const run = await runToEnd(runner, spec("$s = -join (0..9 | ForEach-Object { [string][char](65 + $_) * 1MB }); $s; 'after'"));
    const ms = performance.now() - started;
    expect(run.outcome).toEqual({ status: "completed" });
    const [big, after] = run.records;
    expect(big.text.length).toBe(10 * 1024 * 1024);
    for (let i = 0; i < 10; i++) expect(big.text.slice(i * 1024 * 1024, (i + 1) * 1024 * 1024)).toBe(String.fromCharCode(65 + i).repeat(1024 * 1024));
    expect(after.text).toBe("after");
    console.log(`10 MB output: ${Math.round(ms)} ms`);
  });

  it("keeps non-ASCII text and control characters intact", async () => {
    const run = await runToEnd(runner, spec("'Grüße, 日本語 🎉'; \"tab`tthere\"; \"two`nlines\""));
    expect(run.records.map((r) => r.text)).toEqual(["Grüße, 日本語 🎉", "tab\tthere", "two\nlines"]);
  });
});
