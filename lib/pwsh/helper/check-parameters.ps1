# Binds start values to a runbook's check block (parameter-block.ps1) with PowerShell's own binder:
# the values are converted from JSON by the job host's own code (lib/pwsh/shared/JsonToPowerShell.cs),
# the block runs in a runspace without a host (a missing Mandatory fails instead of prompting), and a
# binding that takes longer than the time limit ends this helper process.
using namespace System.Management.Automation

$script:BatonCheckRunspace = $null

# Compiling the C# costs ~1.5 s, so the assembly is cached by a hash of its source and the PowerShell
# version in the directory the web service names (concurrent helpers race harmlessly: temp name, rename).
function Import-BatonJsonConversion([string] $CacheDirectory) {
    if ('Baton.PwshHost.JsonToPowerShell' -as [type]) { return }
    $source = Join-Path $PSScriptRoot '../shared/JsonToPowerShell.cs'
    if (-not $CacheDirectory) { Add-Type -Path $source; return }
    $bytes = [System.Text.Encoding]::UTF8.GetBytes("$($PSVersionTable.PSVersion)`n$([System.IO.File]::ReadAllText($source))")
    $hash = [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($bytes)).Substring(0, 16)
    $dll = Join-Path $CacheDirectory "baton-json-$hash.dll"
    if (-not (Test-Path -LiteralPath $dll)) {
        $null = New-Item -ItemType Directory -Force -Path $CacheDirectory
        $temp = Join-Path $CacheDirectory "baton-json-$hash.$PID.tmp.dll"
        Add-Type -Path $source -OutputAssembly $temp -OutputType Library
        Move-Item -LiteralPath $temp -Destination $dll -Force
    }
    Add-Type -Path $dll
}

function Get-BatonCheckRunspace {
    if (-not $script:BatonCheckRunspace) {
        # No commands, no providers, no host: a body-less param block needs none of them.
        $state = [System.Management.Automation.Runspaces.InitialSessionState]::Create()
        $state.LanguageMode = [PSLanguageMode]::FullLanguage
        $script:BatonCheckRunspace = [runspacefactory]::CreateRunspace($state)
        $script:BatonCheckRunspace.Open()
    }
    $script:BatonCheckRunspace
}

# The declared spelling of a parameter PowerShell named in a refusal ("missing mandatory parameters: A B" names the first).
function Resolve-BatonRefusedParameter($Block, [string] $Name) {
    $first = @($Name -split '\s+' | Where-Object { $_ })[0]
    if ($first -and $Block.Names.ContainsKey($first)) { return $Block.Names[$first] }
    $null
}

<#
  Answers one check: accepted with the declared name of each given name; unknown names; a refusal
  with PowerShell's message and the parameter it names; or timedOut, after which the caller exits.
#>
function Invoke-BatonParameterCheck($Block, [string] $ParametersJson, [int] $TimeoutMs) {
    $values = [Baton.PwshHost.JsonToPowerShell]::Parse($ParametersJson)
    $names = [ordered]@{}
    $unknown = [System.Collections.Generic.List[string]]::new()
    foreach ($key in $values.Keys) {
        if ($Block.Names.ContainsKey($key)) { $names[$key] = $Block.Names[$key]; continue }
        $common = if ($Block.Advanced) { [Cmdlet]::CommonParameters | Where-Object { $_ -eq $key } | Select-Object -First 1 }
        if ($common) { $names[$key] = $common } else { $unknown.Add($key) }
    }
    if ($unknown.Count) { return [ordered]@{ outcome = 'unknown'; unknown = $unknown.ToArray(); declared = $Block.Declared } }

    $ps = [powershell]::Create()
    try {
        $ps.Runspace = Get-BatonCheckRunspace
        $null = $ps.AddScript($Block.Text).AddParameters($values)
        $async = $ps.BeginInvoke()
        if (-not $async.AsyncWaitHandle.WaitOne($TimeoutMs)) { return [ordered]@{ outcome = 'timedOut' } }
        try {
            $null = $ps.EndInvoke($async)
        } catch {
            $exception = $_.Exception
            while ($exception -isnot [ParameterBindingException] -and $exception.InnerException) { $exception = $exception.InnerException }
            $parameter = if ($exception -is [ParameterBindingException]) { Resolve-BatonRefusedParameter $Block $exception.ParameterName } else { $null }
            return [ordered]@{ outcome = 'refused'; parameter = $parameter; message = $exception.Message }
        }
        [ordered]@{ outcome = 'accepted'; names = $names }
    } finally {
        # A binding still running (a timed-out pattern match) cannot be stopped; the process exits instead.
        if ($ps.InvocationStateInfo.State -ne [PSInvocationState]::Running) { $ps.Dispose() }
    }
}
