function New-BatonSchedule {
    <#
    .SYNOPSIS
    Creates a schedule, optionally starting a runbook on it.

    .DESCRIPTION
    Creates a once, hourly, daily, weekly, monthly or cron schedule that starts at -StartTime in
    -TimeZone (by default this machine's zone, so "every day at 08:00" stays at 08:00 across
    daylight saving). With -RunbookName the runbook is linked right away with -Parameters, like
    Register-BatonScheduledRunbook; if that link is refused (e.g. no permission to start the
    runbook), the new schedule is removed again and the error reported.

    .PARAMETER Name
    The schedule's name.

    .PARAMETER Description
    What the schedule is for.

    .PARAMETER Kind
    Once, Hourly, Daily, Weekly, Monthly or Cron.

    .PARAMETER Interval
    Every how many hours, days, weeks or months (Hourly, Daily, Weekly, Monthly).

    .PARAMETER DaysOfWeek
    Weekly: the days it runs on.

    .PARAMETER DaysOfMonth
    Monthly: the days of the month (1-31) it runs on.

    .PARAMETER LastDayOfMonth
    Monthly: also runs on the last day of each month.

    .PARAMETER Cron
    Cron: the expression, five fields (minute first) or six (seconds first).

    .PARAMETER StartTime
    The first run (and the time of day of later ones).

    .PARAMETER ExpiryTime
    No runs after this time.

    .PARAMETER TimeZone
    An IANA time zone such as Europe/Berlin or UTC.

    .PARAMETER Disabled
    Creates the schedule disabled.

    .PARAMETER MissedRunPolicy
    After the server was down: RunOnce starts one job for the latest missed run, Skip starts none.

    .PARAMETER RunbookName
    A runbook to start on this schedule.

    .PARAMETER Parameters
    The runbook's parameters for the scheduled jobs.

    .PARAMETER RunOn
    The worker group the scheduled jobs run on.

    .EXAMPLE
    New-BatonSchedule -Name Nightly -Kind Daily -StartTime (Get-Date '02:00').AddDays(1) -RunbookName Nightly-Backup

    .EXAMPLE
    New-BatonSchedule -Name Weekdays -Kind Weekly -DaysOfWeek Monday, Friday -StartTime '2026-12-01 08:00' -TimeZone Europe/Berlin

    .OUTPUTS
    Baton.Schedule
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low')]
    [OutputType('Baton.Schedule')]
    param(
        [Parameter(Mandatory, Position = 0)][ValidateNotNullOrEmpty()][string] $Name,
        [string] $Description = '',
        [Parameter(Mandatory)][ValidateSet('Once', 'Hourly', 'Daily', 'Weekly', 'Monthly', 'Cron')][string] $Kind,
        [ValidateRange(1, 1000)][int] $Interval = 1,
        [System.DayOfWeek[]] $DaysOfWeek,
        [ValidateRange(1, 31)][int[]] $DaysOfMonth,
        [switch] $LastDayOfMonth,
        [ValidateNotNullOrEmpty()][string] $Cron,
        [Parameter(Mandatory)][datetime] $StartTime,
        [datetime] $ExpiryTime,
        [ValidateNotNullOrEmpty()][string] $TimeZone = (Get-BatonLocalTimeZone),
        [switch] $Disabled,
        [ValidateSet('RunOnce', 'Skip')][string] $MissedRunPolicy = 'RunOnce',
        [ValidateNotNullOrEmpty()][string] $RunbookName,
        [System.Collections.IDictionary] $Parameters,
        [ValidateNotNullOrEmpty()][string] $RunOn
    )
    try {
        $runbook = if ($RunbookName) { Resolve-BatonRunbook -Name $RunbookName } else { $null }
        if (-not $PSCmdlet.ShouldProcess($Name, 'Create schedule')) { return }
        $body = @{
            name           = $Name
            description    = $Description
            kind           = $Kind.ToLowerInvariant()
            interval       = $Interval
            lastDayOfMonth = [bool]$LastDayOfMonth
            timeZone       = $TimeZone
            startAt        = ConvertTo-BatonInstant $StartTime
            enabled        = -not $Disabled
            missedPolicy   = if ($MissedRunPolicy -eq 'Skip') { 'skip' } else { 'run_once' }
        }
        if ($DaysOfWeek) { $body.weekDays = @($DaysOfWeek | ForEach-Object { [int]$_ }) }
        if ($DaysOfMonth) { $body.monthDays = @($DaysOfMonth) }
        if ($Cron) { $body.cron = $Cron }
        if ($PSBoundParameters.ContainsKey('ExpiryTime')) { $body.expiresAt = ConvertTo-BatonInstant $ExpiryTime }
        $schedule = Invoke-BatonApi -Method POST -Path 'schedules' -Body $body -Target $Name
        if ($runbook) {
            $link = @{ runbookId = $runbook.id }
            if ($Parameters) { $link.parameters = ConvertTo-BatonParameterBody -Parameters $Parameters }
            if ($RunOn) { $link.runOn = $RunOn }
            try {
                $null = Invoke-BatonApi -Method POST -Path "schedules/$($schedule.id)/runbooks" -Body $link -Target $Name
            } catch {
                # A schedule that was meant to start the runbook but does not would sit there unnoticed.
                $linkError = $_
                try { $null = Invoke-BatonApi -Method DELETE -Path "schedules/$($schedule.id)" -Target $Name } catch { Write-Warning "Schedule '$Name' was created but not linked, and could not be removed: $($_.Exception.Message)" }
                throw $linkError
            }
            $schedule = Invoke-BatonApi -Method GET -Path "schedules/$($schedule.id)" -Target $Name
        }
        $schedule | ConvertTo-BatonObject -TypeName 'Baton.Schedule'
    } catch { $PSCmdlet.WriteError($_) }
}
