function Start-SmaRunbook {
    <#
    .SYNOPSIS
    Starts a job of a runbook's published version and returns the job's id, as SMA's Start-SmaRunbook does.

    .DESCRIPTION
    Service Management Automation's Start-SmaRunbook returns the id of the job it started, and SMA
    scripts pass that id on: $id = Start-SmaRunbook ...; Get-SmaJob -Id $id. This function keeps that
    shape; Start-BatonRunbook returns the job itself (and can wait for it). The jobs and output records
    that Get-SmaJob and Get-SmaJobOutput return carry SMA's property names (JobStatus, StreamText, ...).
    Give the server once, to Connect-Baton, instead of -WebServiceEndpoint and -Port.

    .PARAMETER Name
    The runbook's name.

    .PARAMETER Id
    The runbook's id.

    .PARAMETER Parameters
    The runbook's parameters by name. DateTimes are sent as ISO 8601.

    .EXAMPLE
    $id = Start-SmaRunbook -Name Get-DiskReport -Parameters @{ MinFreeGb = 20 }
    Get-SmaJob -Id $id
    Get-SmaJobOutput -Id $id -Stream Output

    .OUTPUTS
    System.Guid, the job's id.
    #>
    [CmdletBinding(DefaultParameterSetName = 'ByRunbookName', SupportsShouldProcess, ConfirmImpact = 'Low')]
    [OutputType([guid])]
    param(
        [Parameter(Mandatory, ParameterSetName = 'ByRunbookName')][Alias('RunbookName')][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, ParameterSetName = 'ByRunbookId')][Alias('RunbookId')][ValidateNotNullOrEmpty()][string] $Id,
        [System.Collections.IDictionary] $Parameters
    )
    $start = if ($PSCmdlet.ParameterSetName -eq 'ByRunbookName') { @{ Name = $Name } } else { @{ Id = $Id } }
    if ($Parameters) { $start.Parameters = $Parameters }
    if (-not $PSCmdlet.ShouldProcess("runbook $($Name + $Id)", 'Start a job')) { return }
    try {
        $job = Start-BatonRunbook @start -ErrorAction Stop
    } catch {
        $PSCmdlet.WriteError($_)
        return
    }
    [guid] $job.Id
}
