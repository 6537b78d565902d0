function ConvertTo-BatonParameterBody {
    # A runbook's -Parameters hashtable as the API's `parameters` object.
    [CmdletBinding()]
    [OutputType([hashtable])]
    param([Parameter(Mandatory)][System.Collections.IDictionary] $Parameters)
    $converted = @{}
    foreach ($key in $Parameters.Keys) { $converted[[string]$key] = ConvertTo-BatonJsonValue $Parameters[$key] }
    $converted
}
