function Import-BatonCertificate {
    <#
    .SYNOPSIS
    Uploads a .pfx or .cer file as a certificate asset.

    .DESCRIPTION
    Sends the file to the server, which reads it (a .pfx with -Password, a DER or PEM .cer without)
    and stores it encrypted at rest. The asset is named after the file (client.pfx becomes client)
    unless -Name is given. An existing certificate of that name is an error unless -Force is
    given, which replaces its certificate (and -Description / -Exportable when given).

    .PARAMETER Path
    The .pfx (PKCS#12) or .cer (X.509) file; accepts file objects from Get-ChildItem.

    .PARAMETER Name
    The certificate's name, when it differs from the file name.

    .PARAMETER Password
    The .pfx file's password. A .cer has none.

    .PARAMETER Description
    The certificate's description.

    .PARAMETER Exportable
    Lets runbooks export the private key (Get-AutomationCertificate returns it exportable).

    .PARAMETER Force
    Replaces a certificate of the same name.

    .EXAMPLE
    Import-BatonCertificate -Path ./client.pfx -Password (Read-Host -AsSecureString 'pfx password')

    .EXAMPLE
    Import-BatonCertificate -Path ./partner-ca.cer -Name PartnerCA -Description 'partner root CA' -Force

    .OUTPUTS
    Baton.Certificate
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    [OutputType('Baton.Certificate')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('FullName')][ValidateNotNullOrEmpty()][string] $Path,
        [ValidateNotNullOrEmpty()][string] $Name,
        [securestring] $Password,
        [string] $Description,
        [switch] $Exportable,
        [switch] $Force
    )
    process {
        try {
            $file = Resolve-BatonFile -Path $Path
            $certificateName = if ($Name) { $Name } else { [System.IO.Path]::GetFileNameWithoutExtension($file) }
            $escaped = [uri]::EscapeDataString($certificateName)
            $existing = try { Invoke-BatonApi -Method GET -Path "certificates/$escaped" -Target $certificateName } catch { if ($_.CategoryInfo.Category -ne 'ObjectNotFound') { throw } ; $null }
            if ($existing -and -not $Force) {
                throw (New-BatonErrorRecord -Message "Certificate '$certificateName' already exists: use -Force to replace it" -ErrorId 'conflict' -Category ResourceExists -Target $certificateName)
            }
            $action = if ($existing) { "Replace the certificate from $Path" } else { "Create certificate from $Path" }
            if (-not $PSCmdlet.ShouldProcess($certificateName, $action)) { return }
            $body = @{ data = [System.Convert]::ToBase64String([System.IO.File]::ReadAllBytes($file)) }
            if ($Password) { $body.password = ConvertFrom-SecureString -SecureString $Password -AsPlainText }
            if ($PSBoundParameters.ContainsKey('Description')) { $body.description = $Description }
            if ($PSBoundParameters.ContainsKey('Exportable')) { $body.exportable = [bool]$Exportable }
            $certificate = if ($existing) {
                Invoke-BatonApi -Method PATCH -Path "certificates/$escaped" -Body $body -Target $certificateName
            } else {
                $body.name = $certificateName
                Invoke-BatonApi -Method POST -Path 'certificates' -Body $body -Target $certificateName
            }
            $certificate | ConvertTo-BatonCertificate
        } catch { $PSCmdlet.WriteError($_) }
    }
}
