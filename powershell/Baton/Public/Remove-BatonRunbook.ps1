function Remove-BatonRunbook {
    <#
    .SYNOPSIS
    Deletes a runbook with its versions and jobs.

    .DESCRIPTION
    Deletes the runbook. Asks for confirmation unless -Confirm:$false is given; -WhatIf shows what
    would be deleted.

    .PARAMETER Name
    The runbook's name; accepts runbooks from the pipeline.

    .PARAMETER Id
    The runbook's id.

    .EXAMPLE
    Remove-BatonRunbook -Name Old-Cleanup -Confirm:$false

    .EXAMPLE
    Get-BatonRunbook -Name 'Test-*' | Remove-BatonRunbook -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High', DefaultParameterSetName = 'Name')]
    [OutputType([void])]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'Name', ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, ParameterSetName = 'Id')][Alias('RunbookId')][ValidateNotNullOrEmpty()][string] $Id
    )
    process {
        try {
            $runbookId = Get-BatonRunbookId -Name $Name -Id $Id
            $label = if ($Name) { $Name } else { $Id }
            if (-not $PSCmdlet.ShouldProcess($label, 'Delete runbook')) { return }
            $null = Invoke-BatonApi -Method DELETE -Path "runbooks/$([uri]::EscapeDataString($runbookId))" -Target $label
        } catch { $PSCmdlet.WriteError($_) }
    }
}
