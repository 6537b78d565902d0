function Get-BatonVariable {
    <#
    .SYNOPSIS
    Gets variable assets: all, or by name (wildcards allowed).

    .DESCRIPTION
    Returns variables with their type and value. An encrypted variable's value is never returned
    (Value is $null); runbooks read it with Get-AutomationVariable. A datetime variable's value is a
    DateTime; a json variable's value is the object.

    .PARAMETER Name
    Variable names; wildcards list the matches. An exact name that does not exist is an
    ObjectNotFound error.

    .EXAMPLE
    Get-BatonVariable -Name SmtpServer

    .EXAMPLE
    Get-BatonVariable -Name 'Payments*' | Format-Table Name, Type, Value

    .OUTPUTS
    Baton.Variable
    #>
    [CmdletBinding()]
    [OutputType('Baton.Variable')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][SupportsWildcards()][ValidateNotNullOrEmpty()][string[]] $Name
    )
    process { Get-BatonNamedAsset -Cmdlet $PSCmdlet -Collection 'variables' -Name $Name | ConvertTo-BatonVariable }
}
