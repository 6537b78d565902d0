function ConvertTo-BatonJsonValue {
    # A value going to the API: DateTimes as round-trip ISO 8601 so no culture or offset is lost.
    [CmdletBinding()]
    param([AllowNull()][object] $Value)
    if ($Value -is [datetime] -or $Value -is [datetimeoffset]) { return $Value.ToString('o', [cultureinfo]::InvariantCulture) }
    , $Value
}
