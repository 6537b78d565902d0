function Get-BatonContext {
    <#
    .SYNOPSIS
    Shows this session's Baton server: its URL and who the token signs in as.

    .DESCRIPTION
    Returns the Baton.Context Connect-Baton made, or nothing when the session is not connected.
    (Get-BatonConnection gets connection assets.)

    .EXAMPLE
    Get-BatonContext
    #>
    [CmdletBinding()]
    [OutputType('Baton.Context')]
    param()
    $script:BatonConnection
}
