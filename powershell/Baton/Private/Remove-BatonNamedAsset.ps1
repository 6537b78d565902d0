function Remove-BatonNamedAsset {
    # The body of the Remove- cmdlets of named assets: DELETE /{collection}/{name} for each name,
    # asking the calling cmdlet's ShouldProcess (so its -WhatIf/-Confirm apply) and reporting a
    # failed name as that cmdlet's non-terminating error. -Force deletes an asset that published
    # runbooks still use (the API refuses with 409 otherwise).
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][System.Management.Automation.PSCmdlet] $Cmdlet,
        [Parameter(Mandatory)][string] $Collection,
        # How ShouldProcess names the asset, e.g. 'credential'.
        [Parameter(Mandatory)][string] $Noun,
        [Parameter(Mandatory)][string[]] $Name,
        [switch] $Force
    )
    foreach ($assetName in $Name) {
        if (-not $Cmdlet.ShouldProcess($assetName, "Delete $Noun")) { continue }
        try {
            $query = @{ force = if ($Force) { 'true' } else { $null } }
            $null = Invoke-BatonApi -Method DELETE -Path "$Collection/$([uri]::EscapeDataString($assetName))" -Query $query -Target $assetName
        } catch { $Cmdlet.WriteError($_) }
    }
}
