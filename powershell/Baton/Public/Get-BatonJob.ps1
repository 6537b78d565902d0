function Get-BatonJob {
    <#
    .SYNOPSIS
    Gets jobs, newest first: by id, or filtered by runbook, status and time.

    .DESCRIPTION
    With -Id, returns each job with its details (parameters, exception, timeline). Otherwise lists
    the jobs you may read, newest first, following the API's pages; use -First to stop early.

    .PARAMETER Id
    Job ids; accepts job ids and jobs from the pipeline (a piped job selects that job).

    .PARAMETER RunbookName
    Only jobs of this runbook.

    .PARAMETER Runbook
    Only jobs of this runbook, as Get-BatonRunbook returns it; accepts runbooks from the pipeline.

    .PARAMETER Status
    Only jobs in these statuses (Queued, Running, Completed, Failed, Stopped, Suspended, ...).

    .PARAMETER StartTime
    Only jobs created at or after this time.

    .PARAMETER EndTime
    Only jobs created before this time.

    .PARAMETER First
    Returns at most this many jobs.

    .EXAMPLE
    Get-BatonJob -Status Failed -StartTime (Get-Date).AddDays(-1)

    .EXAMPLE
    Get-BatonRunbook -Name Nightly-Backup | Get-BatonJob -First 5

    .EXAMPLE
    Get-BatonJob -Status Suspended | Get-BatonJob

    .OUTPUTS
    Baton.Job
    #>
    [CmdletBinding(DefaultParameterSetName = 'List')]
    [OutputType('Baton.Job')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'Id', ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('JobId')][ValidateNotNullOrEmpty()][string[]] $Id,
        [Parameter(ParameterSetName = 'List')][ValidateNotNullOrEmpty()][string] $RunbookName,
        # Bound by type rather than by a Name property: a job also has Id and RunbookName, and piping
        # one must select that job, not list its runbook's jobs.
        [Parameter(ParameterSetName = 'List', ValueFromPipeline)][PSTypeName('Baton.Runbook')][ValidateNotNull()][psobject] $Runbook,
        [Parameter(ParameterSetName = 'List')]
        [ValidateSet('New', 'Queued', 'Activating', 'Running', 'Completed', 'Failed', 'Stopping', 'Stopped', 'Suspending', 'Suspended', 'Resuming')]
        [string[]] $Status,
        [Parameter(ParameterSetName = 'List')][datetime] $StartTime,
        [Parameter(ParameterSetName = 'List')][datetime] $EndTime,
        [Parameter(ParameterSetName = 'List')][ValidateRange(1, [int]::MaxValue)][int] $First
    )
    process {
        if ($PSCmdlet.ParameterSetName -eq 'Id') {
            foreach ($jobId in $Id) {
                try {
                    Invoke-BatonApi -Method GET -Path "jobs/$([uri]::EscapeDataString($jobId))" -Target $jobId | ConvertTo-BatonObject -TypeName 'Baton.Job'
                } catch { $PSCmdlet.WriteError($_) }
            }
            return
        }
        try {
            $query = [ordered]@{
                status    = if ($Status) { $Status -join ',' } else { $null }
                runbookId = if ($Runbook) { $Runbook.Id } elseif ($RunbookName) { (Resolve-BatonRunbook -Name $RunbookName).id } else { $null }
                from      = if ($PSBoundParameters.ContainsKey('StartTime')) { $StartTime.ToUniversalTime().ToString('o', [cultureinfo]::InvariantCulture) } else { $null }
                to        = if ($PSBoundParameters.ContainsKey('EndTime')) { $EndTime.ToUniversalTime().ToString('o', [cultureinfo]::InvariantCulture) } else { $null }
                limit     = if ($First -and $First -lt 200) { $First } else { 200 }
            }
            $max = if ($First) { [uint64]$First } else { [uint64]::MaxValue }
            Invoke-BatonApiList -Path 'jobs' -Query $query -First $max -Target $(if ($Runbook) { $Runbook.Name } else { $RunbookName }) | ConvertTo-BatonObject -TypeName 'Baton.Job'
        } catch { $PSCmdlet.WriteError($_) }
    }
}
