# Baton's PowerShell job host. Started ahead of time by the worker (warm pool); runs exactly one job.
#
# Protocol (fd 3, a socket pair opened by the worker; stdin is /dev/null, stdout/stderr are console text):
#   in : one JSON job spec line, then control lines: {"type":"stop"}, {"type":"sync","id":n}; EOF means
#        the worker is gone.
#   out: {"v":1,"seq":n,"ts":"...Z","type":"output|error|warning|verbose|debug|information|progress","text":"...","data":{...}}
#        {"type":"secret","data":{"values":[...]}} before any record written after those secrets were handed out,
#        {"type":"sync","data":{"id":n}} answering a sync (after every secret handed out before it arrived),
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
. (Join-Path $PSScriptRoot 'initialize-automation.ps1')
. (Join-Path $PSScriptRoot 'warm-up.ps1')

function Invoke-BatonJob([Baton.PwshHost.Channel] $Channel, [hashtable] $Spec, [runspace] $Runspace) {
    $prepared = Initialize-BatonRunbook -Spec $Spec
    if ($prepared.Error) {
        $Channel.WriteResult('failed', $prepared.Error, 'Baton.RunbookValidationError', $null)
        return
    }

    $secrets = [System.Collections.Concurrent.ConcurrentQueue[string]]::new()
    $Channel.SetSecretSink($secrets)
    $automationError = Initialize-BatonJobAutomation -Runspace $Runspace -Spec $Spec -SecretSink $secrets
    if ($automationError) {
        $Channel.WriteResult('failed', $automationError, 'Baton.AutomationInitializationError', $null)
        return
    }

    Set-BatonModulePath -Spec $Spec

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
        # EOF on the channel means the worker went away: stop rather than run unobserved.
        if ($null -eq $orphanedAt -and $Channel.IsClosed) { $orphanedAt = [System.Diagnostics.Stopwatch]::StartNew() }
        if (-not $stopping -and ($Channel.StopRequested -or $Channel.IsClosed)) {
            $stopping = $true
            # BeginStop, not Stop: finally blocks may still write records that we must keep draining.
            $null = $ps.BeginStop($null, $null)
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

# A pooled host starts before its job and before the module set the job will need is known. The job's
# integration modules therefore come with its spec and are put on PSModulePath here, just before the
# runbook runs (Import-Module and command auto-loading read the variable at that moment), rather than
# in the process environment at spawn time: an upload, activation or delete then reaches the very next
# job even when its host was started before the change, without recycling the pool.
$script:BasePSModulePath = $env:PSModulePath
# Without modules the variable is left alone: changing it makes PowerShell rescan the module folders
# and write a module analysis cache into the job's HOME.
function Set-BatonModulePath([hashtable] $Spec) {
    $paths = @(@($Spec['modulePaths']) | Where-Object { $_ })
    if ($paths.Count -eq 0) { return }
    $env:PSModulePath = (@($paths) + @($script:BasePSModulePath) | Where-Object { $_ }) -join [System.IO.Path]::PathSeparator
}

Import-BatonHostAssembly -CacheDirectory $AssemblyCache
$channel = [Baton.PwshHost.Channel]::new(3)
# Opening the runspace costs ~150-300 ms, ~100 ms of it importing the automation module; a pooled host
# does it before its job arrives.
# No host is passed: Write-Host becomes an information record, and prompts (Read-Host, a missing
# mandatory parameter) fail instead of waiting for input that will never come.
$jobRunspace = [runspacefactory]::CreateRunspace((New-BatonSessionState))
$jobRunspace.Open()
Invoke-BatonWarmUp -Runspace $jobRunspace
$channel.WriteReady()

$specLine = $channel.ReadLine()
# The pool closes idle hosts by closing the channel before any spec arrived.
if ($null -eq $specLine) { exit 0 }
$channel.StartControlReader()

try {
    $spec = [Baton.PwshHost.JsonToPowerShell]::Parse($specLine)
    Invoke-BatonJob -Channel $channel -Spec $spec -Runspace $jobRunspace
}
catch {
    # A failure of the host itself (bad spec, I/O): still end with a result so the job is not "lost".
    $channel.WriteResult('failed', "PowerShell host error: $($_.Exception.Message)", $_.Exception.GetType().FullName, $_.ScriptStackTrace)
}
