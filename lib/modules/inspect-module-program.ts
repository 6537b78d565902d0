/**
 * The PowerShell program that inspects an uploaded module, passed with -Command. It is a constant:
 * the manifest path and the result file arrive in environment variables. The manifest is read with
 * Import-PowerShellDataFile, which evaluates only PowerShell's restricted data language; only then is
 * the module imported, to list what it exports. The answer goes to a file, not stdout, so whatever
 * the module prints while loading cannot corrupt it.
 */
export const inspectModuleProgram = String.raw`
$ErrorActionPreference = 'Stop'
$manifestPath = $env:BATON_MODULE_MANIFEST
$manifestName = [System.IO.Path]::GetFileName($manifestPath)
function Write-Result($result) {
  [System.IO.File]::WriteAllText($env:BATON_INSPECT_RESULT, (ConvertTo-Json -InputObject $result -Compress -Depth 5 -EscapeHandling EscapeNonAscii))
}
try {
  $data = Import-PowerShellDataFile -LiteralPath $manifestPath
} catch {
  Write-Result @{ failure = "The module manifest $manifestName cannot be read: $($_.Exception.Message)" }
  exit 0
}
$raw = $data['ModuleVersion']
if (-not $raw) {
  Write-Result @{ failure = "The module manifest $manifestName has no ModuleVersion" }
  exit 0
}
$version = $null
if (-not [version]::TryParse([string]$raw, [ref]$version)) {
  Write-Result @{ failure = "ModuleVersion '$raw' in $manifestName is not a version such as 1.0.0" }
  exit 0
}
try {
  $module = Import-Module -Name $manifestPath -PassThru -Force -DisableNameChecking -ErrorAction Stop | Select-Object -First 1
} catch {
  Write-Result @{ failure = "Importing the module failed: $($_.Exception.Message)" }
  exit 0
}
$commands = @($module.ExportedCommands.Values | Sort-Object Name | ForEach-Object { [ordered]@{ name = $_.Name; type = [string]$_.CommandType } })
$description = if ($data['Description']) { [string]$data['Description'] } else { '' }
Write-Result ([ordered]@{ version = $version.ToString(); description = $description; commands = $commands })
`;
