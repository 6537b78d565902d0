import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { locatePwsh } from "./locate-pwsh";
import { ScriptParser } from "./script-parser";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const pwsh = locatePwsh({ projectRoot, env: { BATON_PWSH: process.env.BATON_PWSH, PATH: process.env.PATH, DOTNET_ROOT: process.env.DOTNET_ROOT } });
if (!pwsh) throw new Error("pwsh not found (BATON_PWSH, .tools/pwsh, PATH): run npm run setup:pwsh");

describe("ScriptParser with real pwsh", () => {
  const parser = new ScriptParser(pwsh);
  afterAll(() => parser.close());

  it("reports parse errors at PowerShell's line and column", async () => {
    // The stray ")" is the 20th character of line 3.
    const result = await parser.parse("Write-Output 'ok'\n\n    Get-Item -Path )\n");
    expect(result.errors).toEqual([{ message: "Unexpected token ')' in expression or statement.", line: 3, column: 20, endLine: 3, endColumn: 21 }]);
    const unclosed = await parser.parse("function f {\n  if ($true) {\n}\n");
    expect(unclosed.errors[0]).toMatchObject({ line: 1, column: 12, message: expect.stringMatching(/missing closing '}'/i) });
    expect(await parser.parse("Write-Output 'fine'")).toEqual({ errors: [], parameters: [] });
  });

  it("reads the param() block: types, Mandatory, defaults, ValidateSet, HelpMessage, Position", async () => {
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
    $Untyped = "x"
)
Write-Output $Environment`;
    const { errors, parameters } = await parser.parse(script);
    expect(errors).toEqual([]);
    expect(parameters).toEqual([
      { name: "Environment", type: "string", mandatory: true, default: null, validateSet: ["Dev", "Test", "Prod"], helpMessage: "Which environment to deploy to", position: null },
      { name: "Count", type: "int", mandatory: false, default: "3 * 2", validateSet: null, helpMessage: null, position: 1 },
      { name: "Force", type: "switch", mandatory: false, default: null, validateSet: null, helpMessage: null, position: null },
      { name: "Servers", type: "string[]", mandatory: false, default: "@('a', 'b')", validateSet: null, helpMessage: null, position: null },
      { name: "NotBefore", type: "datetime", mandatory: true, default: null, validateSet: null, helpMessage: null, position: null },
      { name: "Untyped", type: null, mandatory: false, default: '"x"', validateSet: null, helpMessage: null, position: null },
    ]);
  });

  it("keeps non-ASCII text and date-like scripts intact, and answers concurrent requests in order", async () => {
    const results = await Promise.all([
      parser.parse("param([ValidateSet('Zürich', '東京')][string]$City)"),
      parser.parse("2024-01-01T00:00:00Z"),
      parser.parse("param([string]$Only)"),
    ]);
    expect(results[0]!.parameters[0]!.validateSet).toEqual(["Zürich", "東京"]);
    // The text arrived as written: a DateTime would have re-formatted it.
    expect(results[1]!.errors.map((e) => e.message).join(" ")).toContain("'01T00:00:00Z'");
    expect(results[2]!.parameters.map((p) => p.name)).toEqual(["Only"]);
  });

  it("starts a new helper after the old one is gone", async () => {
    const other = new ScriptParser(pwsh);
    expect((await other.parse("param($A)")).parameters).toHaveLength(1);
    other.close();
    expect((await other.parse("param($A, $B)")).parameters).toHaveLength(2);
    other.close();
  });

  it("fails a request clearly when PowerShell cannot start", async () => {
    const broken = new ScriptParser({ ...pwsh, command: path.join(projectRoot, "no-such-pwsh") });
    await expect(broken.parse("1")).rejects.toThrow(/Could not start PowerShell/);
  });
});
