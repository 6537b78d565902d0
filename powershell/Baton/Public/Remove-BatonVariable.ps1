function Remove-BatonVariable {
    <#
    .SYNOPSIS
    Deletes variable assets.

    .DESCRIPTION
    Deletes the variable. Asks for confirmation unless -Confirm:$false is given. A variable that
    published runbooks still use is not deleted (a ResourceExists error names them) unless -Force
    is given.

    .PARAMETER Name
    Variable names; accepts variables from the pipeline.

    .PARAMETER Force
    Deletes the variable even though published runbooks reference it.

    .EXAMPLE
    Remove-BatonVariable -Name OldSetting -Confirm:$false

    .EXAMPLE
    Get-BatonVariable -Name 'Temp*' | Remove-BatonVariable -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    [OutputType([void])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string[]] $Name,
        [switch] $Force
    )
    process { Remove-BatonNamedAsset -Cmdlet $PSCmdlet -Collection 'variables' -Noun 'variable' -Name $Name -Force:$Force }
}
