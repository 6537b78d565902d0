function Get-BatonJobOutput {
    <#
    .SYNOPSIS
    Gets a job's stream records: output, errors, warnings, verbose, progress and more.

    .DESCRIPTION
    Returns the job's records in the order the runbook wrote them. Each record carries its stream,
    time and text; output records also carry the object the runbook wrote in Value (with its
    properties), error records the error's details in Data.

    .PARAMETER Id
    Job ids; accepts jobs from the pipeline.

    .PARAMETER Stream
    Which streams: Output, Error, Warning, Verbose, Debug, Information, Progress, Console, System,
    or Any (all of them, the default).

    .EXAMPLE
    Get-BatonJobOutput -Id $job.Id -Stream Output | Select-Object -ExpandProperty Value

    .EXAMPLE
    Get-BatonJob -Status Failed -First 10 | Get-BatonJobOutput -Stream Error

    .OUTPUTS
    Baton.JobStreamRecord
    #>
    [CmdletBinding()]
    [OutputType('Baton.JobStreamRecord')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('JobId')][ValidateNotNullOrEmpty()][string[]] $Id,
        [ValidateSet('Any', 'Output', 'Error', 'Warning', 'Verbose', 'Debug', 'Information', 'Progress', 'Console', 'System')]
        [string[]] $Stream = 'Any'
    )
    process {
        $types = if ($Stream -contains 'Any') { $null } else { ($Stream | ForEach-Object { $_.ToLowerInvariant() }) -join ',' }
        $pageSize = 1000
        foreach ($jobId in $Id) {
            try {
                $after = 0
                do {
                    $page = Invoke-BatonApi -Method GET -Path "jobs/$([uri]::EscapeDataString($jobId))/streams" -Query ([ordered]@{ after = $after; types = $types; limit = $pageSize }) -Target $jobId
                    foreach ($record in $page.items) {
                        $streamName = $record.type.Substring(0, 1).ToUpperInvariant() + $record.type.Substring(1)
                        [pscustomobject]@{
                            PSTypeName = 'Baton.JobStreamRecord'
                            JobId      = $jobId
                            Seq        = $record.seq
                            Stream     = $streamName
                            Time       = ConvertTo-BatonDate $record.ts
                            Text       = $record.text
                            Value      = if ($record.type -eq 'output') { ConvertFrom-BatonOutputRecord -Record $record } else { $null }
                            Data       = $record.data
                        }
                    }
                    $after = $page.lastSeq
                } while (@($page.items).Count -eq $pageSize)
            } catch { $PSCmdlet.WriteError($_) }
        }
    }
}
