import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkJobParameters } from "@/lib/jobs/check-job-parameters";
import { parameterCheckCases } from "@/lib/jobs/testing/parameter-check-cases";
import { sharedScriptHelper } from "@/lib/pwsh/shared-script-helper";
import type { JobRunner } from "../runner-types";
import { createPwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "../testing/pwsh-runner-kit";

/**
 * The web service's check and the job host bind the same values the same way: what a start accepts,
 * the job binds; what it refuses, the job would have failed on, with the same message.
 */
describe.skipIf(skipPwsh)("pwsh runner: a start's parameter check agrees with the job", () => {
  let runner: JobRunner;
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 2 });
  });
  afterAll(async () => {
    sharedScriptHelper().close();
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it.each(parameterCheckCases)("$name", async ({ script, values, start, jobOnly, jobMessage }) => {
    const checked = await checkJobParameters("Test-Runbook", script, values).then(
      () => null,
      (err: Error) => err.message,
    );
    const run = await runToEnd(runner, spec(script, { parameters: values }));
    const jobError = run.outcome.status === "failed" ? run.outcome.error.message : null;
    if (start === "accepted") {
      expect(checked).toBeNull();
      if (jobOnly) expect(jobError).toMatch(jobOnly);
      else expect(run.outcome, JSON.stringify(run.records)).toEqual({ status: "completed" });
    } else {
      expect(checked).toMatch(start.message);
      expect(jobError).toMatch(jobMessage ?? start.message);
      if (!jobMessage) expect(jobError).toBe(checked);
    }
  });
});
