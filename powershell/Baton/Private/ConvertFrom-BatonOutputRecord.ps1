function ConvertFrom-BatonOutputRecord {
    # An output stream record back into the object the runbook wrote: its JSON (objects keep their
    # properties, numbers their type) or, for strings and objects without JSON, its text.
    [CmdletBinding()]
    param([Parameter(Mandatory)][object] $Record)
    $data = $Record.data
    if ($null -ne $data -and $data.PSObject.Properties['json'] -and $null -ne $data.json) {
        if ($data.json -is [string]) { return , (ConvertFrom-BatonJson -Json $data.json) }
        return , $data.json
    }
    $Record.text
}
