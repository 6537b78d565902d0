function New-BatonConnection {
    <#
    .SYNOPSIS
    Creates a connection asset of a connection type.

    .DESCRIPTION
    Stores the field values the connection type declares (secret fields encrypted at rest). The
    server checks the values against the type: a missing required field, an unknown field or a
    value of the wrong type is an InvalidArgument error naming the field. Runbooks read the
    connection with Get-AutomationConnection -Name.

    .PARAMETER Name
    The connection's name.

    .PARAMETER ConnectionTypeName
    The connection type, which must exist (create types in the portal or with POST /api/v1/connection-types).

    .PARAMETER ConnectionFieldValues
    The field values, e.g. @{ Server = 'sql01'; Password = 'secret' }.

    .PARAMETER Description
    The connection's description.

    .EXAMPLE
    New-BatonConnection -Name SqlProd -ConnectionTypeName SqlServer -ConnectionFieldValues @{ Server = 'sql01'; Port = 1433 }

    .OUTPUTS
    Baton.Connection
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low')]
    [OutputType('Baton.Connection')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, Position = 1, ValueFromPipelineByPropertyName)][Alias('ConnectionType')][ValidateNotNullOrEmpty()][string] $ConnectionTypeName,
        [Parameter(Position = 2, ValueFromPipelineByPropertyName)][Alias('Values')][System.Collections.IDictionary] $ConnectionFieldValues = @{},
        [Parameter(ValueFromPipelineByPropertyName)][string] $Description = ''
    )
    process {
        if (-not $PSCmdlet.ShouldProcess($Name, "Create $ConnectionTypeName connection")) { return }
        try {
            $body = @{ name = $Name; connectionType = $ConnectionTypeName; description = $Description; values = $ConnectionFieldValues }
            Invoke-BatonApi -Method POST -Path 'connections' -Body $body -Target $Name | ConvertTo-BatonObject -TypeName 'Baton.Connection'
        } catch { $PSCmdlet.WriteError($_) }
    }
}
