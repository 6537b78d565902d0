function Set-BatonCredential {
    <#
    .SYNOPSIS
    Creates a credential asset or replaces its user name and password.

    .DESCRIPTION
    Stores the PSCredential's user name and password (encrypted at rest), creating the credential
    when it does not exist. Runbooks read it with Get-AutomationPSCredential -Name.

    .PARAMETER Name
    The credential's name.

    .PARAMETER Value
    The user name and password, as a PSCredential.

    .PARAMETER Description
    The credential's description.

    .PARAMETER PassThru
    Returns the credential (without its password).

    .EXAMPLE
    Set-BatonCredential -Name SqlAdmin -Value (Get-Credential) -Description 'SQL maintenance account'

    .OUTPUTS
    Baton.Credential with -PassThru.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    [OutputType('Baton.Credential')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, Position = 1)][Alias('Credential')][System.Management.Automation.PSCredential][System.Management.Automation.Credential()] $Value,
        [Parameter(ValueFromPipelineByPropertyName)][string] $Description,
        [switch] $PassThru
    )
    process {
        $escaped = [uri]::EscapeDataString($Name)
        try {
            $existing = try { Invoke-BatonApi -Method GET -Path "credentials/$escaped" -Target $Name } catch { if ($_.CategoryInfo.Category -ne 'ObjectNotFound') { throw } ; $null }
            $action = if ($existing) { 'Replace credential' } else { 'Create credential' }
            if (-not $PSCmdlet.ShouldProcess($Name, $action)) { return }
            $body = @{ userName = $Value.UserName; password = $Value.GetNetworkCredential().Password }
            if ($PSBoundParameters.ContainsKey('Description')) { $body.description = $Description }
            $credential = if ($existing) {
                Invoke-BatonApi -Method PATCH -Path "credentials/$escaped" -Body $body -Target $Name
            } else {
                $body.name = $Name
                Invoke-BatonApi -Method POST -Path 'credentials' -Body $body -Target $Name
            }
            if ($PassThru) { $credential | ConvertTo-BatonObject -TypeName 'Baton.Credential' }
        } catch { $PSCmdlet.WriteError($_) }
    }
}
