function Remove-BatonVariable {
    <#
    .SYNOPSIS
    Deletes variable assets.

    .DESCRIPTION
    Deletes the variable. Asks for confirmation unless -Confirm:$false is given. A variable that
    published runbooks still use is not deleted (a ResourceExists error names them) unless -Force
    is given.

    .PARAMETER Name
    Variable names; accepts variables from the pipeline.

    .PARAMETER Force
    Deletes the variable even though published runbooks reference it.

    .EXAMPLE
    Remove-BatonVariable -Name OldSetting -Confirm:$false

    .EXAMPLE
    Get-BatonVariable -Name 'Temp*' | Remove-BatonVariable -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    [OutputType([void])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string[]] $Name,
        [switch] $Force
    )
    process {
        foreach ($variableName in $Name) {
            if (-not $PSCmdlet.ShouldProcess($variableName, 'Delete variable')) { continue }
            try {
                $query = @{ force = if ($Force) { 'true' } else { $null } }
                $null = Invoke-BatonApi -Method DELETE -Path "variables/$([uri]::EscapeDataString($variableName))" -Query $query -Target $variableName
            } catch { $PSCmdlet.WriteError($_) }
        }
    }
}
