function Disconnect-Baton {
    <#
    .SYNOPSIS
    Forgets the Baton connection of this session.

    .DESCRIPTION
    Drops the URL and API token Connect-Baton kept. The token itself stays valid on the server;
    revoke it in the portal if it should stop working everywhere.

    .EXAMPLE
    Disconnect-Baton
    #>
    [CmdletBinding()]
    [OutputType([void])]
    param()
    $script:BatonConnection = $null
    $script:BatonToken = $null
}
