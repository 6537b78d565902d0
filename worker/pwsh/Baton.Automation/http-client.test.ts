import path from "node:path";
import { describe, expect, it } from "vitest";
import { skipPwsh } from "@/lib/testing/test-pwsh";
import { automationModulePath, runPwshScript } from "@/worker/testing/run-pwsh-script";

const root = path.resolve(import.meta.dirname, "../../..");
const batonModulePath = path.join(root, "powershell/Baton/Baton.psd1");
const clientFile = path.join(root, "powershell/Baton/Client/BatonHttpClient.ps1");

/** What each status of the Baton API means to a PowerShell user, in both modules alike. */
const expected: Record<number, string> = {
  400: "InvalidArgument",
  401: "AuthenticationError",
  403: "PermissionDenied",
  404: "ObjectNotFound",
  409: "ResourceExists",
  413: "LimitsExceeded",
  415: "InvalidArgument",
  422: "InvalidArgument",
  429: "LimitsExceeded",
  500: "NotSpecified",
  503: "ResourceUnavailable",
};

describe.skipIf(skipPwsh)("the one Baton HTTP client", () => {
  it("maps every API status to the same ErrorCategory in the Baton module and the runbooks' automation module, from one file", async () => {
    const statuses = Object.keys(expected).join(",");
    const run = await runPwshScript(`
$ErrorActionPreference = 'Stop'
$baton = Import-Module '${batonModulePath}' -PassThru
$automation = Import-Module '${automationModulePath}' -PassThru
$result = [ordered]@{}
foreach ($module in $baton, $automation) {
  $categories = [ordered]@{}
  foreach ($status in ${statuses}) {
    $body = [pscustomobject]@{ error = [pscustomobject]@{ code = 'some_code'; message = "message $status"; field = 'name' } }
    $record = & $module { param($s, $b) ConvertTo-BatonApiErrorRecord -StatusCode $s -Body $b -Uri 'http://x/api/v1/y' } $status $body
    $categories["$status"] = [ordered]@{ category = [string]$record.CategoryInfo.Category; id = $record.FullyQualifiedErrorId; message = $record.Exception.Message; field = $record.Exception.Data['Field'] }
  }
  $result[$module.Name] = [ordered]@{ categories = $categories; file = (& $module { (Get-Command Invoke-BatonHttp).ScriptBlock.File }) }
}
$result | ConvertTo-Json -Depth 6
`);
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as Record<string, { categories: Record<string, { category: string; id: string; message: string; field: string }>; file: string }>;
    for (const name of ["Baton", "Baton.Automation"]) {
      expect(result[name]!.file, `${name} loads the shared client`).toBe(clientFile);
      const categories = Object.fromEntries(Object.entries(result[name]!.categories).map(([status, r]) => [status, r.category]));
      expect(categories, name).toEqual(Object.fromEntries(Object.entries(expected).map(([status, category]) => [status, category])));
      expect(result[name]!.categories["404"]).toEqual({ category: "ObjectNotFound", id: "Baton.some_code", message: "message 404", field: "name" });
    }
  });
});
