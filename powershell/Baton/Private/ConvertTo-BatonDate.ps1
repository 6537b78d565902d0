function ConvertTo-BatonDate {
    # The API's ISO 8601 UTC strings as DateTime (Kind Utc); null stays null.
    [CmdletBinding()]
    [OutputType([datetime])]
    param([AllowNull()][object] $Value)
    if ($null -eq $Value -or $Value -is [datetime]) { return $Value }
    [datetime]::Parse([string]$Value, [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::AdjustToUniversal -bor [System.Globalization.DateTimeStyles]::AssumeUniversal)
}
