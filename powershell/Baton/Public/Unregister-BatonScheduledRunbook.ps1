function Unregister-BatonScheduledRunbook {
    <#
    .SYNOPSIS
    Stops a schedule from starting a runbook; both stay.

    .DESCRIPTION
    Removes the link between the runbook and the schedule (Azure's
    Unregister-AzAutomationScheduledRunbook). Asks for confirmation unless -Confirm:$false is given.

    .PARAMETER RunbookName
    The runbook's name; accepts scheduled-runbook links from the pipeline.

    .PARAMETER ScheduleName
    The schedule's name.

    .EXAMPLE
    Unregister-BatonScheduledRunbook -RunbookName Nightly-Backup -ScheduleName Nightly

    .EXAMPLE
    Get-BatonScheduledRunbook -ScheduleName Nightly | Unregister-BatonScheduledRunbook -Confirm:$false
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    [OutputType([void])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $RunbookName,
        [Parameter(Mandatory, Position = 1, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $ScheduleName
    )
    process {
        try {
            $runbook = Resolve-BatonRunbook -Name $RunbookName
            $schedule = Resolve-BatonSchedule -Name $ScheduleName
            if (-not $PSCmdlet.ShouldProcess("$RunbookName on $ScheduleName", 'Unschedule runbook')) { return }
            $null = Invoke-BatonApi -Method DELETE -Path "schedules/$($schedule.id)/runbooks/$($runbook.id)" -Target $RunbookName
        } catch { $PSCmdlet.WriteError($_) }
    }
}
