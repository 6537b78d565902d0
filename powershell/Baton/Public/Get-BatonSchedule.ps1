function Get-BatonSchedule {
    <#
    .SYNOPSIS
    Gets schedules: all, by name (wildcards allowed) or by id.

    .DESCRIPTION
    Returns schedules with their recurrence, time zone, next run and how many runbooks they start.

    .PARAMETER Name
    Schedule names; wildcards list the matches. An exact name that does not exist is an
    ObjectNotFound error.

    .PARAMETER Id
    Schedule ids.

    .EXAMPLE
    Get-BatonSchedule

    .EXAMPLE
    Get-BatonSchedule -Name 'Nightly*' | Format-List

    .OUTPUTS
    Baton.Schedule
    #>
    [CmdletBinding(DefaultParameterSetName = 'Name')]
    [OutputType('Baton.Schedule')]
    param(
        [Parameter(Position = 0, ParameterSetName = 'Name', ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('ScheduleName')][SupportsWildcards()][ValidateNotNullOrEmpty()][string[]] $Name,
        [Parameter(Mandatory, ParameterSetName = 'Id')][Alias('ScheduleId')][ValidateNotNullOrEmpty()][string[]] $Id
    )
    process {
        if ($PSCmdlet.ParameterSetName -eq 'Id') {
            foreach ($scheduleId in $Id) {
                try {
                    Invoke-BatonApi -Method GET -Path "schedules/$([uri]::EscapeDataString($scheduleId))" -Target $scheduleId | ConvertTo-BatonObject -TypeName 'Baton.Schedule'
                } catch { $PSCmdlet.WriteError($_) }
            }
            return
        }
        if (-not $Name) {
            try { Invoke-BatonApiList -Path 'schedules' -Query @{ limit = 200 } | ConvertTo-BatonObject -TypeName 'Baton.Schedule' } catch { $PSCmdlet.ThrowTerminatingError($_) }
            return
        }
        foreach ($scheduleName in $Name) {
            try {
                if ([System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($scheduleName)) {
                    $pattern = [System.Management.Automation.WildcardPattern]::new($scheduleName, [System.Management.Automation.WildcardOptions]::IgnoreCase)
                    Invoke-BatonApiList -Path 'schedules' -Query @{ limit = 200 } | Where-Object { $pattern.IsMatch($_.name) } | ConvertTo-BatonObject -TypeName 'Baton.Schedule'
                } else {
                    Resolve-BatonSchedule -Name $scheduleName | ConvertTo-BatonObject -TypeName 'Baton.Schedule'
                }
            } catch { $PSCmdlet.WriteError($_) }
        }
    }
}
