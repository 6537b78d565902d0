# From MikePohatu/TsGui, TsGui/Scripts/Example.ps1 (commit 1a63a52), unchanged.
Param (
    [string]$Message = "Example script"
)

Write-Information $Message
Write-Output $Message
<#ScriptSettings
{
    "LogOutput": false,
    "LogScriptContent": false,
    "OutputType": "Text",
}
ScriptSettings#>
