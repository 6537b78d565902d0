import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { locatePwsh } from "./locate-pwsh";
import { ScriptHelper } from "./script-helper";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const pwsh = locatePwsh({ projectRoot, env: { BATON_PWSH: process.env.BATON_PWSH, PATH: process.env.PATH, DOTNET_ROOT: process.env.DOTNET_ROOT } });
if (!pwsh) throw new Error("pwsh not found (BATON_PWSH, .tools/pwsh, PATH): run npm run setup:pwsh");

const noChecks = { jobChecks: [] };

describe("ScriptHelper with real pwsh", () => {
  const helper = new ScriptHelper({ pwsh, projectRoot });
  afterAll(() => helper.close());

  it("reports parse errors at PowerShell's line and column", async () => {
    // The stray ")" is the 20th character of line 3.
    const result = await helper.parse("Write-Output 'ok'\n\n    Get-Item -Path )\n");
    expect(result.errors).toEqual([{ message: "Unexpected token ')' in expression or statement.", line: 3, column: 20, endLine: 3, endColumn: 21 }]);
    const unclosed = await helper.parse("function f {\n  if ($true) {\n}\n");
    expect(unclosed.errors[0]).toMatchObject({ line: 1, column: 12, message: expect.stringMatching(/missing closing '}'/i) });
    expect(await helper.parse("Write-Output 'fine'")).toEqual({ errors: [], parameters: [] });
  });

  it("reads the param() block: types, Mandatory, defaults, ValidateSet, HelpMessage, Position, and what only the job checks", async () => {
    const script = `[CmdletBinding()]
param(
    [Parameter(Mandatory, HelpMessage = 'Which environment to deploy to')]
    [ValidateSet('Dev', 'Test', 'Prod')]
    [string]$Environment,
    [Parameter(Mandatory = $false, Position = 1)]
    [int]$Count = 3 * 2,
    [switch]$Force,
    [string[]]$Servers = @('a', 'b'),
    [Parameter(Mandatory = $true)][datetime]$NotBefore,
    $Untyped = "x",
    [ValidateScript({ Test-Path $_ })][ValidateNotNullOrEmpty()][Contoso.Share]$Share,
    [Alias('Site')][ValidateLength(1, 8)][string]$Region
)
Write-Output $Environment`;
    const { errors, parameters } = await helper.parse(script);
    expect(errors).toEqual([]);
    expect(parameters).toEqual([
      { name: "Environment", type: "string", mandatory: true, default: null, validateSet: ["Dev", "Test", "Prod"], helpMessage: "Which environment to deploy to", position: null, ...noChecks },
      { name: "Count", type: "int", mandatory: false, default: "3 * 2", validateSet: null, helpMessage: null, position: 1, ...noChecks },
      { name: "Force", type: "switch", mandatory: false, default: null, validateSet: null, helpMessage: null, position: null, ...noChecks },
      { name: "Servers", type: "string[]", mandatory: false, default: "@('a', 'b')", validateSet: null, helpMessage: null, position: null, ...noChecks },
      { name: "NotBefore", type: "datetime", mandatory: true, default: null, validateSet: null, helpMessage: null, position: null, ...noChecks },
      { name: "Untyped", type: null, mandatory: false, default: '"x"', validateSet: null, helpMessage: null, position: null, ...noChecks },
      // A type the web service cannot convert leaves that parameter's validation to the job too.
      { name: "Share", type: "Contoso.Share", mandatory: false, default: null, validateSet: null, helpMessage: null, position: null, jobChecks: ["[Contoso.Share]", "[ValidateScript()]", "[ValidateNotNullOrEmpty()]"] },
      { name: "Region", type: "string", mandatory: false, default: null, validateSet: null, helpMessage: null, position: null, ...noChecks },
    ]);
  });

  it("reads a script saved with a byte-order mark as pwsh does: one leading U+FEFF is not part of it", async () => {
    const withBom = await helper.parse("\uFEFFparam([string]$Path)\n$x = 1\n");
    expect(withBom.parameters.map((p) => p.name)).toEqual(["Path"]);
    expect((await helper.checkParameters("\uFEFFparam([string]$Path)", { path: "/tmp" }, 5000)).outcome).toBe("accepted");
  });

  it("keeps non-ASCII text and date-like scripts intact, and answers concurrent requests in order", async () => {
    const results = await Promise.all([
      helper.parse("param([ValidateSet('Zürich', '東京')][string]$City)"),
      helper.parse("2024-01-01T00:00:00Z"),
      helper.parse("param([string]$Only)"),
    ]);
    expect(results[0]!.parameters[0]!.validateSet).toEqual(["Zürich", "東京"]);
    // The text arrived as written: a DateTime would have re-formatted it.
    expect(results[1]!.errors.map((e) => e.message).join(" ")).toContain("'01T00:00:00Z'");
    expect(results[2]!.parameters.map((p) => p.name)).toEqual(["Only"]);
    expect(await helper.checkParameters("param([ValidateSet('Zürich', '東京')][string]$City)", { City: "東京" }, 5000)).toEqual({ outcome: "accepted", names: { City: "City" } });
  });

  it("answers a request queued behind a check that overran its time limit from a new helper", async () => {
    const slow = helper.checkParameters("param([ValidatePattern('^(a+)+$')][string]$Word)", { Word: `${"a".repeat(64)}!` }, 500);
    const next = helper.parse("param($After)");
    expect(await slow).toEqual({ outcome: "timedOut" });
    expect((await next).parameters.map((p) => p.name)).toEqual(["After"]);
  });

  it("kills a helper that does not answer within its time limit, and the next request starts a new one", async () => {
    const impatient = new ScriptHelper({ pwsh, projectRoot, timeoutMs: 1, startTimeoutMs: 0 });
    await expect(impatient.parse("param($A)")).rejects.toThrow("PowerShell did not parse the script within 1 ms");
    impatient.close();
  });

  it("starts a new helper after the old one is gone", async () => {
    const other = new ScriptHelper({ pwsh, projectRoot });
    expect((await other.parse("param($A)")).parameters).toHaveLength(1);
    other.close();
    expect((await other.parse("param($A, $B)")).parameters).toHaveLength(2);
    other.close();
  });

  it("fails a request clearly when PowerShell cannot start", async () => {
    const broken = new ScriptHelper({ pwsh: { ...pwsh, command: path.join(projectRoot, "no-such-pwsh") }, projectRoot });
    await expect(broken.parse("1")).rejects.toThrow(/Could not start PowerShell/);
  });
});
