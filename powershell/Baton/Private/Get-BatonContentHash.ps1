function Get-BatonContentHash {
    # SHA-256 of a script's UTF-8 text in hex, as the server hashes versions (lib/runbooks/content-hash.ts).
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][AllowEmptyString()][string] $Content)
    [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($Content))).ToLowerInvariant()
}
