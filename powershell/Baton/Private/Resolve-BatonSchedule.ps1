function Resolve-BatonSchedule {
    # The schedule of an exact name, ignoring case.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string] $Name)
    $match = Invoke-BatonApiList -Path 'schedules' -Query @{ limit = 200 } -Target $Name | Where-Object { $_.name -eq $Name } | Select-Object -First 1
    if (-not $match) {
        $exception = [System.Management.Automation.ItemNotFoundException]::new("Schedule '$Name' not found")
        throw (New-BatonErrorRecord -Message "Schedule '$Name' not found" -ErrorId 'not_found' -Category ObjectNotFound -Target $Name -Exception $exception)
    }
    $match
}
