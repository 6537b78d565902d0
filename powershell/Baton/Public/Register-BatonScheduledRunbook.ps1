function Register-BatonScheduledRunbook {
    <#
    .SYNOPSIS
    Links a runbook to a schedule, with the parameters its scheduled jobs get.

    .DESCRIPTION
    From then on the schedule starts a job of the runbook's published version at each run, with
    these parameters and on this worker group (SMA's Register-SmaSchedule, Azure's
    Register-AzAutomationScheduledRunbook).

    .PARAMETER RunbookName
    The runbook's name; accepts runbooks from the pipeline.

    .PARAMETER ScheduleName
    The schedule's name.

    .PARAMETER Parameters
    The runbook's parameters for the scheduled jobs.

    .PARAMETER RunOn
    The worker group the scheduled jobs run on.

    .EXAMPLE
    Register-BatonScheduledRunbook -RunbookName Nightly-Backup -ScheduleName Nightly -Parameters @{ Target = 'nas01' }

    .OUTPUTS
    Baton.ScheduledRunbook
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low')]
    [OutputType('Baton.ScheduledRunbook')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName)][Alias('Name')][ValidateNotNullOrEmpty()][string] $RunbookName,
        [Parameter(Mandatory, Position = 1)][ValidateNotNullOrEmpty()][string] $ScheduleName,
        [System.Collections.IDictionary] $Parameters,
        [ValidateNotNullOrEmpty()][string] $RunOn
    )
    process {
        try {
            $runbook = Resolve-BatonRunbook -Name $RunbookName
            $schedule = Resolve-BatonSchedule -Name $ScheduleName
            if (-not $PSCmdlet.ShouldProcess("$RunbookName on $ScheduleName", 'Schedule runbook')) { return }
            $body = @{ runbookId = $runbook.id }
            if ($Parameters) { $body.parameters = ConvertTo-BatonParameterBody -Parameters $Parameters }
            if ($RunOn) { $body.runOn = $RunOn }
            Invoke-BatonApi -Method POST -Path "schedules/$($schedule.id)/runbooks" -Body $body -Target $RunbookName | ConvertTo-BatonObject -TypeName 'Baton.ScheduledRunbook'
        } catch { $PSCmdlet.WriteError($_) }
    }
}
