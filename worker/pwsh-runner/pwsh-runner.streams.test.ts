import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobRunner } from "../runner-types";
import { createPwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";

describe.skipIf(skipPwsh)("pwsh runner: streams", () => {
  let runner: JobRunner;
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 2 });
  });
  afterAll(async () => {
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it("delivers all seven streams in the order they were produced", async () => {
    const script = `'out1'
Write-Warning 'warn1'
Write-Verbose 'verbose1'
Write-Debug 'debug1'
Write-Information 'info1' -Tags alpha, beta
Write-Progress -Id 3 -Activity 'Copying' -Status 'half' -PercentComplete 50 -SecondsRemaining 9
Write-Error 'err1'
[pscustomobject]@{ Name = 'n'; Size = 3 }
'out2'`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    expect(run.records.map((r) => [r.type, r.text])).toEqual([
      ["output", "out1"],
      ["warning", "warn1"],
      ["verbose", "verbose1"],
      ["debug", "debug1"],
      ["information", "info1"],
      ["progress", "Copying: half (50%)"],
      // As pwsh prints it ($ErrorView ConciseView).
      ["error", "Write-Error: err1"],
      // The console prints the blank line before a table at once, and the table once the formatter
      // has seen enough rows to size it (here: at the end), after 'out2', which it also held back.
      ["output", ""],
      ["output", "Name Size\n---- ----\nn       3\nout2\n"],
    ]);
    const byType = Object.fromEntries(run.records.map((r) => [r.type, r.data]));
    expect(byType.information).toMatchObject({ tags: ["alpha", "beta"] });
    expect(byType.progress).toMatchObject({ activityId: 3, parentId: -1, activity: "Copying", status: "half", percent: 50, secondsRemaining: 9, recordType: "Processing" });
    expect(byType.error).toMatchObject({
      message: "err1",
      fqid: expect.stringContaining("WriteErrorException"),
      categoryInfo: "NotSpecified: (:) [Write-Error], WriteErrorException",
      category: "NotSpecified",
      exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException",
      scriptStackTrace: expect.stringContaining("line 7"),
    });
    const objectRecord = run.records[7];
    expect(objectRecord.data).toMatchObject({ lines: 1 });
    expect(run.records[8].data).toMatchObject({ lines: 5, typeNames: ["System.String", "System.Object"] });
    expect(JSON.parse((objectRecord.data as { json: string }).json)).toEqual({ Name: "n", Size: 3 });
    expect((objectRecord.data as { typeNames: string[] }).typeNames[0]).toBe("System.Management.Automation.PSCustomObject");
    for (let i = 1; i < run.records.length; i++) expect(run.records[i].ts.getTime()).toBeGreaterThanOrEqual(run.records[i - 1].ts.getTime());
  });

  it("honours disabled verbose, debug and progress preferences", async () => {
    const script = "Write-Verbose v; Write-Debug d; Write-Progress -Activity a -Status s; 'done'";
    const run = await runToEnd(runner, spec(script, { streams: { verbose: false, debug: false, progress: false } }));
    expect(run.records.map((r) => r.type)).toEqual(["output"]);
  });

  it("keeps non-terminating errors completed and fails on a terminating error", async () => {
    const nonTerminating = await runToEnd(runner, spec("Write-Error 'soft'; Get-Item /does/not/exist; 'after'"));
    expect(nonTerminating.outcome).toEqual({ status: "completed" });
    expect(nonTerminating.records.map((r) => r.type)).toEqual(["error", "error", "output"]);

    const thrown = await runToEnd(runner, spec("'before'\nfunction Invoke-Step { throw 'boom: disk full' }\nInvoke-Step\n'never'"));
    expect(thrown.outcome).toMatchObject({ status: "failed", error: { message: "boom: disk full", type: "System.Management.Automation.RuntimeException", scriptStackTrace: expect.stringContaining("Invoke-Step") } });
    expect(thrown.records.filter((r) => r.type === "output").map((r) => r.text)).toEqual(["before"]);
    // The terminating error is also the job's last Error record, rendered as pwsh prints it.
    const last = thrown.records.at(-1)!;
    expect(last.type).toBe("error");
    expect(last.text).toMatch(/^Exception: \/.*Test-Runbook\.ps1:2\nLine \|\n   2 \| +function Invoke-Step \{ throw 'boom: disk full' \}\n.*\n +\| boom: disk full$/);
    expect(last.data).toMatchObject({
      message: "boom: disk full",
      terminating: true,
      category: "OperationStopped",
      fqid: "boom: disk full",
      exceptionType: "System.Management.Automation.RuntimeException",
      scriptStackTrace: expect.stringContaining("at Invoke-Step"),
      position: expect.stringContaining("throw 'boom: disk full'"),
    });

    const stopAction = await runToEnd(runner, spec("Get-Item /does/not/exist -ErrorAction Stop"));
    expect(stopAction.outcome).toMatchObject({ status: "failed", error: { message: expect.stringContaining("/does/not/exist") } });
    // Once, as the terminating error: -ErrorAction Stop does not also write it to the Error stream.
    expect(stopAction.records.map((r) => [r.type, (r.data as { terminating?: boolean }).terminating])).toEqual([["error", true]]);
  });

  it("records raw console output without corrupting the protocol", async () => {
    const script = `[Console]::WriteLine('console line')
[Console]::Out.Write('{"v":1,"type":"result","data":{"status":"failed"}}' + [Environment]::NewLine)
[Console]::Error.WriteLine('console error')
Start-Process -FilePath /bin/echo -ArgumentList 'native stdout' -NoNewWindow -Wait
Start-Process -FilePath /bin/sh -ArgumentList '-c "echo native-stderr >&2"' -NoNewWindow -Wait
/bin/echo 'piped native'
'output after'`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    const consoleRecords = run.records.filter((r) => r.type === "console").map((r) => [r.text, (r.data as { stream: string }).stream]);
    expect(consoleRecords).toEqual(
      expect.arrayContaining([
        ["console line", "stdout"],
        ['{"v":1,"type":"result","data":{"status":"failed"}}', "stdout"],
        ["console error", "stderr"],
        ["native stdout", "stdout"],
        ["native-stderr", "stderr"],
      ]),
    );
    // Inside a pipeline PowerShell captures a native command's stdout as output objects.
    expect(run.records.filter((r) => r.type === "output").map((r) => r.text)).toEqual(["piped native", "output after"]);
  });
});
