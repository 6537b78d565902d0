function Get-BatonCredential {
    <#
    .SYNOPSIS
    Gets credential assets (user names only; passwords never leave the server).

    .DESCRIPTION
    Returns credentials with their user name and description. Runbooks read the password with
    Get-AutomationPSCredential.

    .PARAMETER Name
    Credential names; wildcards list the matches.

    .EXAMPLE
    Get-BatonCredential -Name 'Sql*'

    .OUTPUTS
    Baton.Credential
    #>
    [CmdletBinding()]
    [OutputType('Baton.Credential')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][SupportsWildcards()][ValidateNotNullOrEmpty()][string[]] $Name
    )
    process {
        if (-not $Name) {
            try { Invoke-BatonApiList -Path 'credentials' | ConvertTo-BatonObject -TypeName 'Baton.Credential' } catch { $PSCmdlet.ThrowTerminatingError($_) }
            return
        }
        foreach ($credentialName in $Name) {
            try {
                if ([System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($credentialName)) {
                    $pattern = [System.Management.Automation.WildcardPattern]::new($credentialName, [System.Management.Automation.WildcardOptions]::IgnoreCase)
                    Invoke-BatonApiList -Path 'credentials' | Where-Object { $pattern.IsMatch($_.name) } | ConvertTo-BatonObject -TypeName 'Baton.Credential'
                } else {
                    Invoke-BatonApi -Method GET -Path "credentials/$([uri]::EscapeDataString($credentialName))" -Target $credentialName | ConvertTo-BatonObject -TypeName 'Baton.Credential'
                }
            } catch { $PSCmdlet.WriteError($_) }
        }
    }
}
