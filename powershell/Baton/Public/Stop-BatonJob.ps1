function Stop-BatonJob {
    <#
    .SYNOPSIS
    Stops jobs.

    .DESCRIPTION
    A queued or suspended job ends at once; a running job goes through Stopping while its worker stops PowerShell, then ends Stopped. A job whose status does not allow it is a ResourceExists (HTTP 409) error naming the status.

    .PARAMETER Id
    Job ids; accepts jobs from the pipeline.

    .PARAMETER PassThru
    Returns the job after the request.

    .EXAMPLE
    Stop-BatonJob -Id 3f1c2f3e-8f55-4a4e-9a1e-0d8e0b7b2c11

    .EXAMPLE
    Get-BatonJob -Status Running -RunbookName Long-Export | Stop-BatonJob -PassThru

    .OUTPUTS
    Baton.Job with -PassThru.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    [OutputType('Baton.Job')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('JobId')][ValidateNotNullOrEmpty()][string[]] $Id,
        [switch] $PassThru
    )
    process { Invoke-BatonJobAction -Cmdlet $PSCmdlet -Id $Id -Action Stop -PassThru:$PassThru }
}
