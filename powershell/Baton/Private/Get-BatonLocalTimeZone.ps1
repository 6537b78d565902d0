function Get-BatonLocalTimeZone {
    # This machine's time zone as an IANA id (the server's format); Windows ids are converted.
    [CmdletBinding()]
    [OutputType([string])]
    param()
    $local = [System.TimeZoneInfo]::Local
    if ($local.HasIanaId) { return $local.Id }
    $iana = $null
    if ([System.TimeZoneInfo]::TryConvertWindowsIdToIanaId($local.Id, [ref]$iana)) { return $iana }
    'UTC'
}
