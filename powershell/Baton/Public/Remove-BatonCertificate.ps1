function Remove-BatonCertificate {
    <#
    .SYNOPSIS
    Deletes certificate assets.

    .DESCRIPTION
    Deletes the certificate. Asks for confirmation unless -Confirm:$false is given. A certificate
    that published runbooks still use is not deleted (a ResourceExists error names them) unless
    -Force is given.

    .PARAMETER Name
    Certificate names; accepts certificates from the pipeline.

    .PARAMETER Force
    Deletes the certificate even though published runbooks reference it.

    .EXAMPLE
    Remove-BatonCertificate -Name OldClientCert -Confirm:$false

    .EXAMPLE
    Get-BatonCertificate | Where-Object Expiry -eq 'expired' | Remove-BatonCertificate -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    [OutputType([void])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string[]] $Name,
        [switch] $Force
    )
    process { Remove-BatonNamedAsset -Cmdlet $PSCmdlet -Collection 'certificates' -Noun 'certificate' -Name $Name -Force:$Force }
}
