function Read-BatonScriptFile {
    # A script file's text; relative paths count from the current PowerShell location.
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string] $Path)
    [System.IO.File]::ReadAllText((Resolve-BatonFile -Path $Path))
}
