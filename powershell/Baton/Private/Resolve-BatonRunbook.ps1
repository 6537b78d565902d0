function Resolve-BatonRunbook {
    # The runbook (list view, with its id) of an exact name, ignoring case like the server does.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string] $Name)
    $match = Invoke-BatonApiList -Path 'runbooks' -Query @{ search = $Name } -Target $Name | Where-Object { $_.name -eq $Name } | Select-Object -First 1
    if (-not $match) {
        $exception = [System.Management.Automation.ItemNotFoundException]::new("Runbook '$Name' not found")
        throw (New-BatonErrorRecord -Message "Runbook '$Name' not found" -ErrorId 'not_found' -Category ObjectNotFound -Target $Name -Exception $exception)
    }
    $match
}
