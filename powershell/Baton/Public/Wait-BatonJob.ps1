function Wait-BatonJob {
    <#
    .SYNOPSIS
    Waits until jobs end (Completed, Failed or Stopped) and returns them.

    .DESCRIPTION
    Polls each job until it reaches a terminal status. A timeout is an OperationTimeout error; the
    job keeps running.

    .PARAMETER Id
    Job ids; accepts jobs from the pipeline.

    .PARAMETER TimeoutSeconds
    Give up after this many seconds per job (0 waits as long as it runs).

    .PARAMETER PollIntervalSeconds
    How often to check.

    .EXAMPLE
    Start-BatonRunbook -Name Nightly-Backup | Wait-BatonJob -TimeoutSeconds 600

    .OUTPUTS
    Baton.Job
    #>
    [CmdletBinding()]
    [OutputType('Baton.Job')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('JobId')][ValidateNotNullOrEmpty()][string[]] $Id,
        [ValidateRange(0, [int]::MaxValue)][int] $TimeoutSeconds = 0,
        [ValidateRange(0.1, 300)][double] $PollIntervalSeconds = 1
    )
    process {
        foreach ($jobId in $Id) {
            $deadline = if ($TimeoutSeconds -gt 0) { [datetime]::UtcNow.AddSeconds($TimeoutSeconds) } else { [datetime]::MaxValue }
            try {
                while ($true) {
                    $job = Invoke-BatonApi -Method GET -Path "jobs/$([uri]::EscapeDataString($jobId))" -Target $jobId
                    if ($job.status -in 'Completed', 'Failed', 'Stopped') { break }
                    if ([datetime]::UtcNow -ge $deadline) {
                        throw (New-BatonErrorRecord -Message "Timed out after $TimeoutSeconds s waiting for job $jobId (still $($job.status))" -ErrorId 'WaitTimeout' -Category OperationTimeout -Target $jobId)
                    }
                    Write-Verbose "Job $jobId is $($job.status)"
                    Start-Sleep -Milliseconds ([int]($PollIntervalSeconds * 1000))
                }
                $job | ConvertTo-BatonObject -TypeName 'Baton.Job'
            } catch { $PSCmdlet.WriteError($_) }
        }
    }
}
