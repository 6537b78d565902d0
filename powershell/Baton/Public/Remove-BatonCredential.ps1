function Remove-BatonCredential {
    <#
    .SYNOPSIS
    Deletes credential assets.

    .DESCRIPTION
    Deletes the credential. Asks for confirmation unless -Confirm:$false is given. A credential
    that published runbooks still use is not deleted (a ResourceExists error names them) unless
    -Force is given.

    .PARAMETER Name
    Credential names; accepts credentials from the pipeline.

    .PARAMETER Force
    Deletes the credential even though published runbooks reference it.

    .EXAMPLE
    Remove-BatonCredential -Name OldServiceAccount -Confirm:$false

    .EXAMPLE
    Get-BatonCredential -Name 'Test*' | Remove-BatonCredential -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    [OutputType([void])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string[]] $Name,
        [switch] $Force
    )
    process { Remove-BatonNamedAsset -Cmdlet $PSCmdlet -Collection 'credentials' -Noun 'credential' -Name $Name -Force:$Force }
}
