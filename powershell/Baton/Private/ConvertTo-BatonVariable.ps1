function ConvertTo-BatonVariable {
    # A variable from the API as Baton.Variable, its value as the PowerShell type the variable declares.
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][AllowNull()][object] $InputObject)
    process {
        if ($null -eq $InputObject) { return }
        $variable = ConvertTo-BatonObject -TypeName 'Baton.Variable' -InputObject $InputObject
        if ($variable.Type -eq 'datetime' -and $null -ne $variable.Value) { $variable.Value = ConvertTo-BatonDate $variable.Value }
        $variable
    }
}
