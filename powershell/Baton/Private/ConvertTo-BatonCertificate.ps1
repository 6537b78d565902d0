function ConvertTo-BatonCertificate {
    # A certificate from the API as Baton.Certificate, its validity period as DateTime like the other times.
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][AllowNull()][object] $InputObject)
    process {
        if ($null -eq $InputObject) { return }
        $certificate = ConvertTo-BatonObject -TypeName 'Baton.Certificate' -InputObject $InputObject
        $certificate.NotBefore = ConvertTo-BatonDate $certificate.NotBefore
        $certificate.NotAfter = ConvertTo-BatonDate $certificate.NotAfter
        $certificate
    }
}
