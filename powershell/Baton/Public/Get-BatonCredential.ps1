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
    process { Get-BatonNamedAsset -Cmdlet $PSCmdlet -Collection 'credentials' -Name $Name | ConvertTo-BatonObject -TypeName 'Baton.Credential' }
}
