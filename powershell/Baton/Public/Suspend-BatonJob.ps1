function Suspend-BatonJob {
    <#
    .SYNOPSIS
    Suspends running jobs at their next checkpoint.

    .DESCRIPTION
    A running job goes through Suspending and ends Suspended; Resume-BatonJob continues it from its last checkpoint (Checkpoint-Workflow). A job whose status does not allow it is a ResourceExists (HTTP 409) error naming the status.

    .PARAMETER Id
    Job ids; accepts jobs from the pipeline.

    .PARAMETER PassThru
    Returns the job after the request.

    .EXAMPLE
    Suspend-BatonJob -Id 3f1c2f3e-8f55-4a4e-9a1e-0d8e0b7b2c11

    .EXAMPLE
    Get-BatonJob -Status Running -RunbookName Long-Export | Suspend-BatonJob -PassThru

    .OUTPUTS
    Baton.Job with -PassThru.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    [OutputType('Baton.Job')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('JobId')][ValidateNotNullOrEmpty()][string[]] $Id,
        [switch] $PassThru
    )
    process { Invoke-BatonJobAction -Cmdlet $PSCmdlet -Id $Id -Action Suspend -PassThru:$PassThru }
}
