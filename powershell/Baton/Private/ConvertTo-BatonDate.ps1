function ConvertTo-BatonDate {
    # The API's ISO 8601 UTC strings as local DateTime, like Get-Date and SMA's cmdlets show times;
    # .ToUniversalTime() gives the instant back exactly. Null stays null.
    [CmdletBinding()]
    [OutputType([datetime])]
    param([AllowNull()][object] $Value)
    if ($null -eq $Value -or $Value -is [datetime]) { return $Value }
    [datetime]::Parse([string]$Value, [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::AdjustToUniversal -bor [System.Globalization.DateTimeStyles]::AssumeUniversal).ToLocalTime()
}
