function ConvertFrom-BatonJson {
    # JSON text to objects, keeping date strings as strings (converters pick which fields are dates).
    [CmdletBinding()]
    param([Parameter(Mandatory)][AllowEmptyString()][string] $Json)
    if (-not $Json) { return $null }
    if ($script:JsonKeepsDateStrings) { return , (ConvertFrom-Json -InputObject $Json -NoEnumerate -Depth 100 -DateKind String) }
    , (ConvertFrom-Json -InputObject $Json -NoEnumerate -Depth 100)
}
