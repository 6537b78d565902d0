function Read-BatonScriptFile {
    # A script file's text, resolved against the current PowerShell location (not the process's).
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string] $Path)
    $resolved = Resolve-Path -LiteralPath $Path -ErrorAction Stop
    if ($resolved.Provider.Name -ne 'FileSystem') {
        throw (New-BatonErrorRecord -Message "$Path is not a file" -ErrorId 'NotAFile' -Category InvalidArgument -Target $Path)
    }
    [System.IO.File]::ReadAllText($resolved.ProviderPath)
}
