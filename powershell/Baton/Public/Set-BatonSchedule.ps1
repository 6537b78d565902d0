function Set-BatonSchedule {
    <#
    .SYNOPSIS
    Changes a schedule: enables or disables it, or changes its description, start, expiry or time zone.

    .DESCRIPTION
    Only the given properties change; the server recomputes the next run. To change the recurrence
    itself, remove the schedule and create a new one.

    .PARAMETER Name
    The schedule's name; accepts schedules from the pipeline.

    .PARAMETER Enabled
    $true to enable, $false to disable (a disabled schedule starts no jobs).

    .PARAMETER Description
    The new description.

    .PARAMETER StartTime
    The new first run.

    .PARAMETER ExpiryTime
    No runs after this time.

    .PARAMETER TimeZone
    An IANA time zone such as Europe/Berlin or UTC.

    .PARAMETER MissedRunPolicy
    RunOnce or Skip.

    .PARAMETER PassThru
    Returns the schedule.

    .EXAMPLE
    Set-BatonSchedule -Name Nightly -Enabled $false

    .EXAMPLE
    Get-BatonSchedule -Name 'Maintenance*' | Set-BatonSchedule -Enabled $true -PassThru

    .OUTPUTS
    Baton.Schedule with -PassThru.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    [OutputType('Baton.Schedule')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $Name,
        [bool] $Enabled,
        [string] $Description,
        [datetime] $StartTime,
        [datetime] $ExpiryTime,
        [ValidateNotNullOrEmpty()][string] $TimeZone,
        [ValidateSet('RunOnce', 'Skip')][string] $MissedRunPolicy,
        [switch] $PassThru
    )
    process {
        $body = @{}
        if ($PSBoundParameters.ContainsKey('Enabled')) { $body.enabled = $Enabled }
        if ($PSBoundParameters.ContainsKey('Description')) { $body.description = $Description }
        if ($PSBoundParameters.ContainsKey('StartTime')) { $body.startAt = ConvertTo-BatonInstant $StartTime }
        if ($PSBoundParameters.ContainsKey('ExpiryTime')) { $body.expiresAt = ConvertTo-BatonInstant $ExpiryTime }
        if ($TimeZone) { $body.timeZone = $TimeZone }
        if ($MissedRunPolicy) { $body.missedPolicy = if ($MissedRunPolicy -eq 'Skip') { 'skip' } else { 'run_once' } }
        try {
            $schedule = Resolve-BatonSchedule -Name $Name
            if (-not $PSCmdlet.ShouldProcess($Name, "Change schedule ($(@($body.Keys) -join ', '))")) { return }
            $updated = Invoke-BatonApi -Method PATCH -Path "schedules/$($schedule.id)" -Body $body -Target $Name
            if ($PassThru) { $updated | ConvertTo-BatonObject -TypeName 'Baton.Schedule' }
        } catch { $PSCmdlet.WriteError($_) }
    }
}
