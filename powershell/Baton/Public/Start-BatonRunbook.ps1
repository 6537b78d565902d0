function Start-BatonRunbook {
    <#
    .SYNOPSIS
    Starts a job of a runbook's published version.

    .DESCRIPTION
    Queues a job with the given parameters and returns it. With -Wait, waits until the job ends and
    returns what the runbook wrote to its output stream, as objects (like SMA's Start-SmaRunbook
    -Wait); a job that fails or is stopped is also reported as an error.

    .PARAMETER Name
    The runbook's name; accepts runbooks from the pipeline.

    .PARAMETER Id
    The runbook's id.

    .PARAMETER Parameters
    The runbook's parameters by name. DateTimes are sent as ISO 8601.

    .PARAMETER RunOn
    The worker group to run on (default: the runbook's default group).

    .PARAMETER Wait
    Waits for the job to end and returns its output objects instead of the job.

    .PARAMETER MaxWaitSeconds
    With -Wait: give up waiting after this many seconds (0 waits as long as the job runs). The job
    keeps running.

    .PARAMETER PollIntervalSeconds
    With -Wait: how often to check the job.

    .EXAMPLE
    Start-BatonRunbook -Name Restart-Service -Parameters @{ Name = 'spooler' }

    .EXAMPLE
    $report = Start-BatonRunbook -Name Get-DiskReport -Wait

    .EXAMPLE
    Get-BatonRunbook -Tag nightly | Start-BatonRunbook

    .OUTPUTS
    Baton.Job, or with -Wait the job's output objects.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Name')]
    [OutputType('Baton.Job')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'Name', ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('RunbookName')][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, ParameterSetName = 'Id')][Alias('RunbookId')][ValidateNotNullOrEmpty()][string] $Id,
        [Parameter(Position = 1)][System.Collections.IDictionary] $Parameters,
        [ValidateNotNullOrEmpty()][string] $RunOn,
        [switch] $Wait,
        [ValidateRange(0, [int]::MaxValue)][int] $MaxWaitSeconds = 0,
        [ValidateRange(0.1, 300)][double] $PollIntervalSeconds = 1
    )
    process {
        $label = if ($Name) { $Name } else { $Id }
        try {
            $runbookId = Get-BatonRunbookId -Name $Name -Id $Id
            $body = @{}
            if ($Parameters) { $body.parameters = ConvertTo-BatonParameterBody -Parameters $Parameters }
            if ($RunOn) { $body.runOn = $RunOn }
            $job = Invoke-BatonApi -Method POST -Path "runbooks/$([uri]::EscapeDataString($runbookId))/jobs" -Body $body -Target $label | ConvertTo-BatonObject -TypeName 'Baton.Job'
        } catch {
            $PSCmdlet.WriteError($_)
            return
        }
        if (-not $Wait) { return $job }
        try {
            $ended = Wait-BatonJob -Id $job.Id -TimeoutSeconds $MaxWaitSeconds -PollIntervalSeconds $PollIntervalSeconds -ErrorAction Stop
            Get-BatonJobOutput -Id $job.Id -Stream Output -ErrorAction Stop | ForEach-Object { $_.Value }
        } catch {
            $PSCmdlet.WriteError($_)
            return
        }
        if ($ended.Status -ne 'Completed') {
            $why = if ($ended.Exception) { $ended.Exception } elseif ($ended.StatusReason) { $ended.StatusReason } else { 'no reason given' }
            $PSCmdlet.WriteError((New-BatonErrorRecord -Message "Job $($job.Id) of $label ended $($ended.Status): $why" -ErrorId "Job$($ended.Status)" -Category OperationStopped -Target $ended))
        }
    }
}
