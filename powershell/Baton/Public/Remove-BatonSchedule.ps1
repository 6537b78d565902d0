function Remove-BatonSchedule {
    <#
    .SYNOPSIS
    Deletes schedules; the runbooks they started stay.

    .DESCRIPTION
    Deletes the schedule and its links to runbooks. Asks for confirmation unless -Confirm:$false
    is given.

    .PARAMETER Name
    Schedule names; accepts schedules from the pipeline.

    .EXAMPLE
    Remove-BatonSchedule -Name Nightly -Confirm:$false
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    [OutputType([void])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string[]] $Name
    )
    process {
        foreach ($scheduleName in $Name) {
            try {
                $schedule = Resolve-BatonSchedule -Name $scheduleName
                if (-not $PSCmdlet.ShouldProcess($scheduleName, 'Delete schedule')) { continue }
                $null = Invoke-BatonApi -Method DELETE -Path "schedules/$($schedule.id)" -Target $scheduleName
            } catch { $PSCmdlet.WriteError($_) }
        }
    }
}
