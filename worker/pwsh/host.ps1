# Baton's PowerShell job host. Started ahead of time by the worker (warm pool); runs exactly one job.
#
# Protocol (fd 3, a socket pair opened by the worker; stdin is /dev/null, stdout/stderr are console text):
#   in : one JSON job spec line, then control lines ({"type":"stop"}); EOF means the worker is gone.
#   out: {"v":1,"seq":n,"ts":"...Z","type":"output|error|warning|verbose|debug|information|progress","text":"...","data":{...}}
#        and last {"type":"result","data":{"status":"completed|failed|stopped","error":{...}}}.
param(
    # Directory where the compiled record collector is cached, so only the first host pays for Add-Type.
    [string] $AssemblyCache
)
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

. (Join-Path $PSScriptRoot 'import-host-assembly.ps1')
. (Join-Path $PSScriptRoot 'prepare-runbook.ps1')
. (Join-Path $PSScriptRoot 'format-output.ps1')

Import-BatonHostAssembly -CacheDirectory $AssemblyCache
$channel = [Baton.PwshHost.Channel]::new(3)
# Opening the runspace costs ~200 ms; a pooled host does it before its job arrives.
# No host is passed: Write-Host becomes an information record, and prompts (Read-Host, a missing
# mandatory parameter) fail instead of waiting for input that will never come.
$jobRunspace = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2())
$jobRunspace.Open()
$channel.WriteReady()

$specLine = $channel.ReadLine()
# The pool closes idle hosts by closing the channel before any spec arrived.
if ($null -eq $specLine) { exit 0 }

function Invoke-BatonJob([Baton.PwshHost.Channel] $Channel, [hashtable] $Spec, [runspace] $Runspace) {
    $prepared = Initialize-BatonRunbook -Spec $Spec
    if ($prepared.Error) {
        $Channel.WriteResult('failed', $prepared.Error, 'Baton.RunbookValidationError', $null)
        return
    }

    $ps = [powershell]::Create()
    $ps.Runspace = $Runspace
    $streams = $Spec['streams']
    $preferences = @{
        VerbosePreference  = if ($streams -and $streams['verbose']) { 'Continue' } else { 'SilentlyContinue' }
        DebugPreference    = if ($streams -and $streams['debug']) { 'Continue' } else { 'SilentlyContinue' }
        ProgressPreference = if ($streams -and -not $streams['progress']) { 'SilentlyContinue' } else { 'Continue' }
    }
    foreach ($name in $preferences.Keys) {
        $Runspace.SessionStateProxy.SetVariable($name, [System.Management.Automation.ActionPreference] $preferences[$name])
    }
    # The values go to the binder as objects; no command text is ever built from them.
    $null = $ps.AddCommand($prepared.ScriptPath).AddParameters($prepared.Parameters)

    $collector = [Baton.PwshHost.StreamCollector]::new($Channel)
    $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
    $collector.Attach($output, $ps.Streams)
    $noInput = [System.Management.Automation.PSDataCollection[psobject]]::new()
    $noInput.Complete()

    $async = $ps.BeginInvoke($noInput, $output)
    $control = $Channel.ReadLineAsync()
    $stopping = $false
    $orphanedAt = $null
    while ($true) {
        # With the worker gone nobody will kill our process group, so a runbook that ignores the stop
        # would run forever: end the whole group (pwsh is its leader) after a grace period.
        if ($orphanedAt -and $orphanedAt.Elapsed.TotalSeconds -gt 5) { & /bin/kill -s KILL -- "-$PID" }
        $record = $collector.Drain(20)
        if ($null -ne $record) {
            $formatted = Format-BatonOutput -InputObject $record.Record
            $Channel.WriteOutput($record.Ts, $formatted.Text, $formatted.Json, $formatted.TypeNames)
            continue
        }
        if ($async.IsCompleted -and $collector.IsEmpty) { break }
        if ($null -ne $control -and $control.IsCompleted) {
            $line = if ($control.IsFaulted) { $null } else { $control.Result }
            $control = if ($null -eq $line) { $null } else { $Channel.ReadLineAsync() }
            # EOF on the channel means the worker went away: stop rather than run unobserved.
            if ($null -eq $line) { $orphanedAt = [System.Diagnostics.Stopwatch]::StartNew() }
            if (-not $stopping -and ($null -eq $line -or $line -match '"type"\s*:\s*"stop"')) {
                $stopping = $true
                # BeginStop, not Stop: finally blocks may still write records that we must keep draining.
                $null = $ps.BeginStop($null, $null)
            }
        }
    }

    $state = $ps.InvocationStateInfo
    switch ($state.State) {
        'Completed' { $Channel.WriteResult('completed', $null, $null, $null) }
        'Stopped' { $Channel.WriteResult('stopped', $null, $null, $null) }
        default {
            $reason = $state.Reason
            $stack = if ($reason -is [System.Management.Automation.IContainsErrorRecord]) { $reason.ErrorRecord.ScriptStackTrace } else { $null }
            $message = if ($reason) { $reason.Message } else { "Runbook ended in state $($state.State)." }
            $type = if ($reason) { $reason.GetType().FullName } else { $null }
            $Channel.WriteResult('failed', $message, $type, $stack)
        }
    }
}

try {
    $spec = [Baton.PwshHost.JsonToPowerShell]::Parse($specLine)
    Invoke-BatonJob -Channel $channel -Spec $spec -Runspace $jobRunspace
}
catch {
    # A failure of the host itself (bad spec, I/O): still end with a result so the job is not "lost".
    $channel.WriteResult('failed', "PowerShell host error: $($_.Exception.Message)", $_.Exception.GetType().FullName, $_.ScriptStackTrace)
}
