function Get-BatonScheduledRunbook {
    <#
    .SYNOPSIS
    Gets the runbooks a schedule starts, with each link's parameters and worker group.

    .DESCRIPTION
    Lists the schedule's runbook links (Azure's Get-AzAutomationScheduledRunbook). With
    -RunbookName, only that runbook's link.

    .PARAMETER ScheduleName
    The schedule's name; accepts schedules from the pipeline.

    .PARAMETER RunbookName
    Only the link of this runbook.

    .EXAMPLE
    Get-BatonScheduledRunbook -ScheduleName Nightly

    .EXAMPLE
    Get-BatonSchedule | Get-BatonScheduledRunbook | Format-Table ScheduleName, RunbookName, NextRunAt

    .OUTPUTS
    Baton.ScheduledRunbook
    #>
    [CmdletBinding()]
    [OutputType('Baton.ScheduledRunbook')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('Name')][ValidateNotNullOrEmpty()][string] $ScheduleName,
        [ValidateNotNullOrEmpty()][string] $RunbookName
    )
    process {
        try {
            $schedule = Resolve-BatonSchedule -Name $ScheduleName
            Invoke-BatonApiList -Path "schedules/$($schedule.id)/runbooks" -Target $ScheduleName |
                Where-Object { -not $RunbookName -or $_.runbookName -eq $RunbookName } |
                ConvertTo-BatonObject -TypeName 'Baton.ScheduledRunbook'
        } catch { $PSCmdlet.WriteError($_) }
    }
}
