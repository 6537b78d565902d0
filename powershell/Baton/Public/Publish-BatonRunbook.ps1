function Publish-BatonRunbook {
    <#
    .SYNOPSIS
    Publishes a runbook's draft as its next version.

    .DESCRIPTION
    The draft becomes a new immutable published version, which jobs and schedules run from then on.
    The server refuses a draft PowerShell cannot parse (naming the first error), an empty draft,
    and a draft identical to the published version.

    .PARAMETER Name
    The runbook's name; accepts runbooks from the pipeline.

    .PARAMETER Id
    The runbook's id.

    .EXAMPLE
    Publish-BatonRunbook -Name Restart-Service

    .EXAMPLE
    Get-BatonRunbook | Where-Object State -eq edited | Publish-BatonRunbook

    .OUTPUTS
    Baton.Runbook
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium', DefaultParameterSetName = 'Name')]
    [OutputType('Baton.Runbook')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'Name', ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, ParameterSetName = 'Id')][Alias('RunbookId')][ValidateNotNullOrEmpty()][string] $Id
    )
    process {
        try {
            $runbookId = Get-BatonRunbookId -Name $Name -Id $Id
            $label = if ($Name) { $Name } else { $Id }
            if (-not $PSCmdlet.ShouldProcess($label, 'Publish the draft')) { return }
            Invoke-BatonApi -Method POST -Path "runbooks/$([uri]::EscapeDataString($runbookId))/publish" -Target $label | ConvertTo-BatonObject -TypeName 'Baton.Runbook'
        } catch { $PSCmdlet.WriteError($_) }
    }
}
