function Get-BatonCertificate {
    <#
    .SYNOPSIS
    Gets certificate assets (their metadata; the certificate and its key never leave the server).

    .DESCRIPTION
    Returns certificates with thumbprint, subject, issuer, validity period, whether they hold a
    private key, and Expiry: valid, expiresSoon (within 30 days) or expired. Runbooks read the
    certificate with Get-AutomationCertificate.

    .PARAMETER Name
    Certificate names; wildcards list the matches.

    .EXAMPLE
    Get-BatonCertificate -Name 'Client*'

    .EXAMPLE
    Get-BatonCertificate | Where-Object Expiry -ne 'valid' | Format-Table Name, NotAfter, Expiry

    .OUTPUTS
    Baton.Certificate
    #>
    [CmdletBinding()]
    [OutputType('Baton.Certificate')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][SupportsWildcards()][ValidateNotNullOrEmpty()][string[]] $Name
    )
    process { Get-BatonNamedAsset -Cmdlet $PSCmdlet -Collection 'certificates' -Name $Name | ConvertTo-BatonCertificate }
}
