import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobRunner } from "../runner-types";
import { createPwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, outputText, runToEnd, spec } from "../testing/pwsh-runner-kit";

// Three files in the job's temp dir, sorted, so every listing below is the same on every machine.
const files = `$dir = New-Item -ItemType Directory -Path (Join-Path $env:TMPDIR 'd3')
$null = New-Item -Path $dir -Name alpha.txt; $null = New-Item -Path $dir -Name beta.log; Set-Content -Path (Join-Path $dir gamma.md) -Value hello -NoNewline
$list = Get-ChildItem $dir | Sort-Object Name
`;

describe.skipIf(skipPwsh)("pwsh runner: output as the console prints it", () => {
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

  it("prints a pipeline of objects as one table, Format-* as pwsh renders it, and keeps one record per object", async () => {
    const script = `${files}$list | Select-Object Name, Length
'x' | Get-Member -MemberType Property
$list | Format-Table Name, Length -AutoSize
$list | Format-Wide Name -Column 2
'end'`;
    const run = await runToEnd(runner, spec(script, { outputWidth: 80 }));
    expect(run.outcome).toEqual({ status: "completed" });
    // What pwsh -File prints for this script at 80 columns (Get-Member's rows join the open table, as in pwsh).
    expect(outputText(run.records)).toBe(
      [
        "",
        "Name      Length",
        "----      ------",
        "alpha.txt      0",
        "beta.log       0",
        "gamma.md       5",
        "Length         1",
        "",
        "",
        "Name      Length",
        "----      ------",
        "alpha.txt      0",
        "beta.log       0",
        "gamma.md       5",
        "",
        "",
        "alpha.txt                               beta.log",
        "gamma.md                                ",
        "",
        "end",
      ].join("\n"),
    );
    const objects = run.records.filter((r) => r.type === "output" && (r.data as { typeNames?: string[] }).typeNames);
    expect(objects.map((r) => JSON.parse((r.data as { json?: string }).json ?? "null")?.Name ?? r.text)).toEqual(["alpha.txt", "beta.log", "gamma.md", "Length", "end"]);
    // Format-* writes format data: it shows as text, never as objects or their class names.
    expect(JSON.stringify(run.records)).not.toContain("Internal.Format");
    expect(run.records.filter((r) => (r.data as { formatted?: boolean }).formatted).length).toBeGreaterThan(0);
  });

  it("gives back every object as written, also a string printed after a table's held rows", async () => {
    const run = await runToEnd(runner, spec("[pscustomobject]@{ Greeting = 'Hello'; Times = 3 }\n'done'\n\"$([char]27)[32mgreen$([char]27)[0m\""));
    expect(run.outcome).toEqual({ status: "completed" });
    const outputs = run.records.filter((r) => r.type === "output");
    // What the module and Start-AutomationRunbook -Wait return: the JSON when there is one, else the text.
    const values = outputs.map((r) => {
      const json = (r.data as { json?: string }).json;
      return json === undefined ? r.text : JSON.parse(json);
    });
    expect(values).toEqual([{ Greeting: "Hello", Times: 3 }, "done", "\u001b[32mgreen\u001b[0m"]);
  });

  it("keeps blank lines and indentation, and applies format data the runbook loads", async () => {
    const script = `$format = @'
<Configuration><ViewDefinitions><View><Name>Planet</Name><ViewSelectedBy><TypeName>Baton.Test.Planet</TypeName></ViewSelectedBy>
<TableControl><TableHeaders><TableColumnHeader><Label>World</Label><Width>8</Width></TableColumnHeader><TableColumnHeader><Label>Moons</Label><Alignment>Right</Alignment></TableColumnHeader></TableHeaders>
<TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem><TableColumnItem><ScriptBlock>'(' + $_.Moons + ')'</ScriptBlock></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View></ViewDefinitions></Configuration>
'@
$path = Join-Path $env:TMPDIR 'planet.format.ps1xml'
Set-Content -Path $path -Value $format
Update-FormatData -PrependPath $path
[pscustomobject]@{ PSTypeName = 'Baton.Test.Planet'; Name = 'Earth'; Moons = 1 }
[pscustomobject]@{ PSTypeName = 'Baton.Test.Planet'; Name = 'Mars'; Moons = 2 }
"   indented"
""
'last'`;
    const run = await runToEnd(runner, spec(script, { outputWidth: 80 }));
    expect(run.outcome).toEqual({ status: "completed" });
    // As pwsh -File prints it: the view's columns (the last one right-aligned over the rest of the line).
    const gap = " ".repeat(69);
    expect(outputText(run.records)).toBe(["", `World${gap}Moons`, `-----${gap}-----`, `Earth${gap}  (1)`, `Mars ${gap}  (2)`, "   indented", "", "last"].join("\n"));
  });

  it("keeps colour as data beside plain text", async () => {
    const script = `"$($PSStyle.Foreground.Red)red$($PSStyle.Reset) plain"
Write-Host 'warm' -ForegroundColor Yellow -BackgroundColor DarkBlue
Write-Host 'same line ' -NoNewline; Write-Host 'then on'
$Host.UI.Write('p1'); $Host.UI.Write([ConsoleColor]::Green, [ConsoleColor]::Black, 'p2'); $Host.UI.WriteLine()`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    expect(run.records.map((r) => [r.type, r.text, (r.data as { ansi?: string }).ansi])).toEqual([
      ["output", "red plain", "\u001b[31mred\u001b[0m plain"],
      ["information", "warm", "\u001b[93m\u001b[44mwarm\u001b[0m"],
      ["information", "same line ", undefined],
      ["information", "then on", undefined],
      ["console", "p1p2", "p1\u001b[92m\u001b[40mp2\u001b[0m"],
    ]);
    // Write-Host is one Information record, not also host text.
    expect(run.records[1].data).toMatchObject({ tags: ["PSHOST"], shown: true, foregroundColor: "Yellow", backgroundColor: "DarkBlue" });
    expect(run.records[2].data).toMatchObject({ noNewLine: true });
    expect(run.records[4].data).toMatchObject({ stream: "host" });
  });

  it("says whether a console would have shown an Information record", async () => {
    const script = `Write-Information 'hidden'
Write-Information 'shown' -InformationAction Continue
$InformationPreference = 'Continue'
Write-Information 'also shown'`;
    const run = await runToEnd(runner, spec(script));
    expect(run.records.map((r) => [r.text, (r.data as { shown: boolean }).shown])).toEqual([
      ["hidden", false],
      ["shown", true],
      ["also shown", true],
    ]);
  });

  // pwsh -File stops at such an object ("format-default: The following exception occurred while
  // trying to enumerate the collection"); a job goes on.
  it("completes with the object's string form when PowerShell cannot format an object", async () => {
    const script = `Add-Type -TypeDefinition @'
public class BrokenList : System.Collections.IEnumerable {
  public System.Collections.IEnumerator GetEnumerator() { throw new System.InvalidOperationException("cannot enumerate"); }
  public override string ToString() { return "a broken list"; }
}
'@
Write-Output ([BrokenList]::new()) -NoEnumerate
'after'`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    expect(outputText(run.records)).toBe("a broken list\nafter");
  });

  it("reports the job's width to $Host.UI.RawUI and formats to it", async () => {
    const script = `"$($Host.UI.RawUI.BufferSize.Width) $($Host.UI.RawUI.WindowSize.Width) $($Host.UI.RawUI.MaxWindowSize.Width)"
[pscustomobject]@{ A = 'a' * 60; B = 'b' * 60 }
try { $Host.UI.RawUI.BufferSize = [System.Management.Automation.Host.Size]::new(300, 100) } catch { $_.Exception.InnerException.Message }`;
    const run = await runToEnd(runner, spec(script, { outputWidth: 100 }));
    const lines = outputText(run.records).split("\n");
    expect(lines[0]).toBe("100 100 100");
    // pwsh leaves a console's last column free: a table row at 100 columns is 99 wide.
    expect(lines).toContain(`${"a".repeat(60)} ${"b".repeat(37)}…`);
    expect(lines.at(-1)).toBe("A Baton job's console is 100 columns wide (the administrator's outputWidth setting); a runbook cannot resize it.");
  });
});
