# An output object as structured data (JSON and type names) for the API and the module. Its console
# text comes from the job's formatter (OutputFormatter.cs). Live .NET objects (processes, files)
# serialise only one level deep: at depth 5 a single Get-Process object takes seconds and megabytes.
function ConvertTo-BatonOutputData([object] $InputObject) {
    $base = if ($InputObject -is [psobject]) { $InputObject.psobject.BaseObject } else { $InputObject }
    $isData = $base -is [System.Management.Automation.PSCustomObject] -or $base -is [System.Collections.IDictionary] -or
        $base -is [System.Collections.IList] -or $base -is [datetime] -or $base -is [double] -or $base -is [single]
    $depth = if ($isData) { 5 } else { 1 }
    $json = try { ConvertTo-Json -InputObject $InputObject -Depth $depth -Compress -WarningAction Ignore } catch { $null }
    if ($null -ne $json -and $json.Length -gt 1MB) { $json = $null }
    $typeNames = if ($InputObject -is [psobject]) { [string[]] $InputObject.psobject.TypeNames } else { [string[]] @($InputObject.GetType().FullName) }
    @{ Json = $json; TypeNames = $typeNames }
}
