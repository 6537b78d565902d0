# An output object as structured data (JSON and type names) for the API and the module. Its console
# text comes from the job's formatter (OutputFormatter.cs). Live .NET objects (processes, files)
# serialise only one level deep: at depth 5 a single Get-Process object takes seconds and megabytes.
# An object PowerShell cannot serialise (its enumerator or a property throws) keeps no JSON; the job
# goes on.
function ConvertTo-BatonOutputData([object] $InputObject) {
    # Plain assignments: a pipeline (if/else as an expression) would enumerate a collection object.
    $base = $InputObject
    if ($base -is [psobject]) { $base = $base.psobject.BaseObject }
    $isData = $base -is [System.Management.Automation.PSCustomObject] -or $base -is [System.Collections.IDictionary] -or
        $base -is [System.Collections.IList] -or $base -is [datetime] -or $base -is [double] -or $base -is [single]
    $depth = 1
    if ($isData) { $depth = 5 }
    $json = $null
    try { $json = ConvertTo-Json -InputObject $InputObject -Depth $depth -Compress -WarningAction Ignore } catch { $json = $null }
    if ($null -ne $json -and $json.Length -gt 1MB) { $json = $null }
    [string[]] $typeNames = @($InputObject.GetType().FullName)
    if ($InputObject -is [psobject]) { $typeNames = $InputObject.psobject.TypeNames }
    @{ Json = $json; TypeNames = $typeNames }
}
