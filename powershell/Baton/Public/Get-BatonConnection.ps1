function Get-BatonConnection {
    <#
    .SYNOPSIS
    Shows the current Baton connection: server URL and who the token signs in as.

    .DESCRIPTION
    Returns the Baton.Connection Connect-Baton made, or nothing when the session is not connected.

    .EXAMPLE
    Get-BatonConnection
    #>
    [CmdletBinding()]
    [OutputType('Baton.Connection')]
    param()
    $script:BatonConnection
}
