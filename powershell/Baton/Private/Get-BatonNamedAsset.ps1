function Get-BatonNamedAsset {
    # The body of the Get- cmdlets of named assets (variables, credentials, connections, certificates):
    # without names every asset of the collection, else per name the wildcard's matches or the one
    # exact name. Emits the API's objects for the caller to convert. A failed listing stops the
    # calling cmdlet; a failed name is its non-terminating error, so the other names still run.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][System.Management.Automation.PSCmdlet] $Cmdlet,
        # The API collection, e.g. 'credentials'.
        [Parameter(Mandatory)][string] $Collection,
        [string[]] $Name
    )
    if (-not $Name) {
        try { Invoke-BatonApiList -Path $Collection } catch { $Cmdlet.ThrowTerminatingError($_) }
        return
    }
    foreach ($assetName in $Name) {
        try {
            if ([System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($assetName)) {
                $pattern = [System.Management.Automation.WildcardPattern]::new($assetName, [System.Management.Automation.WildcardOptions]::IgnoreCase)
                Invoke-BatonApiList -Path $Collection | Where-Object { $pattern.IsMatch($_.name) }
            } else {
                Invoke-BatonApi -Method GET -Path "$Collection/$([uri]::EscapeDataString($assetName))" -Target $assetName
            }
        } catch { $Cmdlet.WriteError($_) }
    }
}
