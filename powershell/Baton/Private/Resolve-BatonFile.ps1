function Resolve-BatonFile {
    # A file's full path, resolved against the current PowerShell location (not the process's).
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string] $Path)
    $resolved = Resolve-Path -LiteralPath $Path -ErrorAction Stop
    if ($resolved.Provider.Name -ne 'FileSystem') {
        throw (New-BatonErrorRecord -Message "$Path is not a file" -ErrorId 'NotAFile' -Category InvalidArgument -Target $Path)
    }
    $resolved.ProviderPath
}
