function Set-BatonConnectionFieldValue {
    <#
    .SYNOPSIS
    Changes one field of a connection asset.

    .DESCRIPTION
    Replaces the value of one field; the connection's other fields, secret ones included, keep
    their stored values. The server checks the value against the field's type (string, integer or
    boolean); $null clears an optional field. A SecureString value is sent as its text.

    .PARAMETER ConnectionName
    The connection's name; accepts connections from the pipeline.

    .PARAMETER ConnectionFieldName
    The field to change, as its connection type names it.

    .PARAMETER Value
    The field's new value.

    .PARAMETER PassThru
    Returns the connection after the change.

    .EXAMPLE
    Set-BatonConnectionFieldValue -ConnectionName SqlProd -ConnectionFieldName Password -Value (Read-Host -AsSecureString)

    .EXAMPLE
    Get-BatonConnection -ConnectionTypeName SqlServer | Set-BatonConnectionFieldValue -ConnectionFieldName Port -Value 1434

    .OUTPUTS
    Baton.Connection with -PassThru.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    [OutputType('Baton.Connection')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName)][Alias('Name')][ValidateNotNullOrEmpty()][string] $ConnectionName,
        [Parameter(Mandatory, Position = 1)][Alias('FieldName')][ValidateNotNullOrEmpty()][string] $ConnectionFieldName,
        [Parameter(Mandatory, Position = 2)][AllowNull()][object] $Value,
        [switch] $PassThru
    )
    process {
        if (-not $PSCmdlet.ShouldProcess($ConnectionName, "Set field $ConnectionFieldName")) { return }
        try {
            $plain = if ($Value -is [securestring]) { ConvertFrom-SecureString -SecureString $Value -AsPlainText } else { $Value }
            $body = @{ values = @{ $ConnectionFieldName = $plain } }
            $connection = Invoke-BatonApi -Method PATCH -Path "connections/$([uri]::EscapeDataString($ConnectionName))" -Body $body -Target $ConnectionName
            if ($PassThru) { $connection | ConvertTo-BatonObject -TypeName 'Baton.Connection' }
        } catch { $PSCmdlet.WriteError($_) }
    }
}
