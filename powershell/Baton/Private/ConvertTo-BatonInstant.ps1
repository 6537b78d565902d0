function ConvertTo-BatonInstant {
    # A point in time as the ISO 8601 UTC text the API expects; a DateTime without a kind is local time.
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][object] $Value)
    $utc = if ($Value -is [datetimeoffset]) { $Value.UtcDateTime } else { ([datetime]$Value).ToUniversalTime() }
    $utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [cultureinfo]::InvariantCulture)
}
