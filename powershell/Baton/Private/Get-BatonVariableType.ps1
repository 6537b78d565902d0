function Get-BatonVariableType {
    # The Baton variable type a PowerShell value is stored as.
    [CmdletBinding()]
    [OutputType([string])]
    param([AllowNull()][object] $Value)
    $base = if ($Value -is [psobject]) { $Value.PSObject.BaseObject } else { $Value }
    if ($base -is [string] -or $base -is [char] -or $base -is [guid]) { return 'string' }
    if ($base -is [bool]) { return 'boolean' }
    if ($base -is [datetime] -or $base -is [datetimeoffset]) { return 'datetime' }
    if ($base -is [int] -or $base -is [long] -or $base -is [short] -or $base -is [byte] -or $base -is [uint32] -or $base -is [uint16] -or $base -is [sbyte]) { return 'integer' }
    'json'
}
