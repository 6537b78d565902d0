function Get-BatonWorker {
    <#
    .SYNOPSIS
    Gets the runbook workers: group, state, capacity, running jobs and whether they are online.

    .DESCRIPTION
    Lists registered workers as the server last heard from them. Online is true only for a worker
    that is not offline and has sent a heartbeat recently.

    .PARAMETER Name
    Worker names; wildcards allowed.

    .PARAMETER Group
    Only workers of this worker group.

    .EXAMPLE
    Get-BatonWorker | Where-Object Online

    .OUTPUTS
    Baton.Worker
    #>
    [CmdletBinding()]
    [OutputType('Baton.Worker')]
    param(
        [Parameter(Position = 0)][SupportsWildcards()][ValidateNotNullOrEmpty()][string] $Name = '*',
        [ValidateNotNullOrEmpty()][string] $Group
    )
    $pattern = [System.Management.Automation.WildcardPattern]::new($Name, [System.Management.Automation.WildcardOptions]::IgnoreCase)
    try {
        Invoke-BatonApiList -Path 'workers' |
            Where-Object { $pattern.IsMatch($_.name) -and (-not $Group -or $_.group -eq $Group) } |
            ConvertTo-BatonObject -TypeName 'Baton.Worker'
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
}
