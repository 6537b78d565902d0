# Loads the host's C# classes (the job's PSHost, its formatter, the record collector and the channel).
# Compiling them costs ~1 s, so the DLL is cached by a hash of its sources and the PowerShell version;
# concurrent hosts race harmlessly (write to a temp name, rename).
function Import-BatonHostAssembly([string] $CacheDirectory) {
    if ('Baton.PwshHost.Channel' -as [type]) { return }
    # The JSON conversion is shared with the web service's parameter check (lib/pwsh/shared), so a
    # value the server accepts is the value this host binds.
    $sources = @(Get-ChildItem -LiteralPath $PSScriptRoot -Filter *.cs | Sort-Object Name | ForEach-Object FullName) +
        (Join-Path $PSScriptRoot '../../lib/pwsh/shared/JsonToPowerShell.cs')
    if (-not $CacheDirectory) {
        Add-Type -Path $sources
        return
    }
    $text = ($sources | ForEach-Object { [System.IO.File]::ReadAllText($_) }) -join "`n"
    $bytes = [System.Text.Encoding]::UTF8.GetBytes("$($PSVersionTable.PSVersion)`n$text")
    $hash = [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($bytes)).Substring(0, 16)
    $dll = Join-Path $CacheDirectory "baton-host-$hash.dll"
    if (-not (Test-Path -LiteralPath $dll)) {
        $null = New-Item -ItemType Directory -Force -Path $CacheDirectory
        $temp = Join-Path $CacheDirectory "baton-host-$hash.$PID.tmp.dll"
        Add-Type -Path $sources -OutputAssembly $temp -OutputType Library
        Move-Item -LiteralPath $temp -Destination $dll -Force
    }
    if (-not ('Baton.PwshHost.Channel' -as [type])) { Add-Type -Path $dll }
}
