function ConvertTo-BatonObject {
    # An API object as a typed PowerShell object: PascalCase property names, `…At` times as DateTime,
    # and a PSTypeName (Baton.Runbook, Baton.Job, …) that Baton.format.ps1xml shows as a table.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string] $TypeName,
        [Parameter(ValueFromPipeline)][AllowNull()][object] $InputObject
    )
    process {
        if ($null -eq $InputObject) { return }
        $properties = [ordered]@{}
        foreach ($property in $InputObject.PSObject.Properties) {
            $name = $property.Name.Substring(0, 1).ToUpperInvariant() + $property.Name.Substring(1)
            $value = $property.Value
            if ($name -cmatch 'At$' -and $value -is [string]) { $value = ConvertTo-BatonDate $value }
            $properties[$name] = $value
        }
        $object = [pscustomobject]$properties
        $object.PSObject.TypeNames.Insert(0, $TypeName)
        $object
    }
}
