function Get-BatonConnection {
    <#
    .SYNOPSIS
    Gets connection assets (secret fields are never returned).

    .DESCRIPTION
    Returns connections with their connection type and field values; a secret field's value is
    $null and its name is listed in SecretFields. Runbooks read every field with
    Get-AutomationConnection. (Get-BatonContext shows the server this session is connected to.)

    .PARAMETER Name
    Connection names; wildcards list the matches.

    .PARAMETER ConnectionTypeName
    Only connections of this connection type.

    .EXAMPLE
    Get-BatonConnection -Name 'Sql*'

    .EXAMPLE
    (Get-BatonConnection -Name SqlProd).Values.Server

    .OUTPUTS
    Baton.Connection
    #>
    [CmdletBinding()]
    [OutputType('Baton.Connection')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][SupportsWildcards()][ValidateNotNullOrEmpty()][string[]] $Name,
        [ValidateNotNullOrEmpty()][string] $ConnectionTypeName
    )
    process {
        Get-BatonNamedAsset -Cmdlet $PSCmdlet -Collection 'connections' -Name $Name |
            Where-Object { -not $ConnectionTypeName -or $_.connectionType -eq $ConnectionTypeName } |
            ConvertTo-BatonObject -TypeName 'Baton.Connection'
    }
}
