function Set-BatonVariable {
    <#
    .SYNOPSIS
    Creates a variable asset or changes its value and description.

    .DESCRIPTION
    Sets the variable's value, creating the variable when it does not exist. A new variable's type
    comes from the value (string, integer, boolean, datetime, or json for anything else such as
    hashtables, arrays and doubles) unless -Type says otherwise; an existing variable keeps its type
    and the server checks the value against it. -Encrypted applies when the variable is created:
    its value is then never shown again, only runbooks read it (an existing unencrypted variable is
    not encrypted in place: that is an error).

    .PARAMETER Name
    The variable's name.

    .PARAMETER Value
    The new value.

    .PARAMETER Description
    The variable's description.

    .PARAMETER Encrypted
    Creates the variable encrypted.

    .PARAMETER Type
    The type of a new variable, when it should not follow the value.

    .PARAMETER PassThru
    Returns the variable.

    .EXAMPLE
    Set-BatonVariable -Name SmtpServer -Value smtp.example.org -Description 'Outgoing mail relay'

    .EXAMPLE
    Set-BatonVariable -Name ApiKey -Value $key -Encrypted

    .EXAMPLE
    Set-BatonVariable -Name Thresholds -Value @{ disk = 90; cpu = 80 } -PassThru

    .OUTPUTS
    Baton.Variable with -PassThru.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    [OutputType('Baton.Variable')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, Position = 1, ValueFromPipelineByPropertyName)][AllowEmptyString()][object] $Value,
        [Parameter(ValueFromPipelineByPropertyName)][string] $Description,
        [switch] $Encrypted,
        [ValidateSet('string', 'integer', 'boolean', 'datetime', 'json')][string] $Type,
        [switch] $PassThru
    )
    process {
        $escaped = [uri]::EscapeDataString($Name)
        $jsonValue = ConvertTo-BatonJsonValue $Value
        try {
            $existing = try { Invoke-BatonApi -Method GET -Path "variables/$escaped" -Target $Name } catch { if ($_.CategoryInfo.Category -ne 'ObjectNotFound') { throw } ; $null }
            if ($existing) {
                if ($Encrypted -and -not $existing.isEncrypted) {
                    throw (New-BatonErrorRecord -Message "Variable '$Name' exists unencrypted; -Encrypted applies only when a variable is created (remove it and set it again)" -ErrorId 'EncryptExisting' -Category InvalidOperation -Target $Name)
                }
                if (-not $PSCmdlet.ShouldProcess($Name, 'Set variable value')) { return }
                $body = @{ value = $jsonValue }
                if ($PSBoundParameters.ContainsKey('Description')) { $body.description = $Description }
                $variable = Invoke-BatonApi -Method PATCH -Path "variables/$escaped" -Body $body -Target $Name
            } else {
                if (-not $PSCmdlet.ShouldProcess($Name, 'Create variable')) { return }
                $variableType = if ($Type) { $Type } else { Get-BatonVariableType $Value }
                $body = @{ name = $Name; type = $variableType; isEncrypted = [bool]$Encrypted; value = $jsonValue; description = [string]$Description }
                $variable = Invoke-BatonApi -Method POST -Path 'variables' -Body $body -Target $Name
            }
            if ($PassThru) { $variable | ConvertTo-BatonVariable }
        } catch { $PSCmdlet.WriteError($_) }
    }
}
