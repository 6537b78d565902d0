function Remove-BatonConnection {
    <#
    .SYNOPSIS
    Deletes connection assets.

    .DESCRIPTION
    Deletes the connection. Asks for confirmation unless -Confirm:$false is given. A connection
    that published runbooks still use is not deleted (a ResourceExists error names them) unless
    -Force is given.

    .PARAMETER Name
    Connection names; accepts connections from the pipeline.

    .PARAMETER Force
    Deletes the connection even though published runbooks reference it.

    .EXAMPLE
    Remove-BatonConnection -Name OldSqlServer -Confirm:$false

    .EXAMPLE
    Get-BatonConnection -ConnectionTypeName SqlServer | Remove-BatonConnection -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    [OutputType([void])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string[]] $Name,
        [switch] $Force
    )
    process { Remove-BatonNamedAsset -Cmdlet $PSCmdlet -Collection 'connections' -Noun 'connection' -Name $Name -Force:$Force }
}
