# Baton's PowerShell job host. Started ahead of time by the worker (warm pool); runs one job, or, as a
# shared host, its runbook's jobs one after another.
#
# Protocol (fd 3, a socket pair opened by the worker; stdin is /dev/null, stdout/stderr are console text):
#   in : one JSON job spec line, then control lines: {"type":"stop"}, {"type":"sync","id":n},
#        {"type":"job","spec":{...}} (a shared host's next job, sent only after the last one's result),
#        {"type":"debugger","command":"continue|stepOver|...",...} (the fields of lib/debug/debug-protocol.ts
#        debugCommandSchema, flat); EOF means the worker is gone (a paused runbook is then stopped too).
#   out: {"v":1,"seq":n,"ts":"...Z","type":"output|error|warning|verbose|debug|information|progress|console","text":"...","data":{...}}
#        (console: text the runbook wrote through $Host.UI; data.ansi: the text with its VT sequences),
#        {"type":"secret","data":{"values":[...]}} before any record written after those secrets were handed out,
#        {"type":"sync","data":{"id":n}} answering a sync (after every secret handed out before it arrived),
#        {"type":"debugger","text":"","data":{"event":...}}: a DebugEvent (breakpoints, paused, running, variables,
#        evaluated, refused; JobDebugger.cs); a spec without `debug` gets "refused" for every debugger command,
#        and last {"type":"result","data":{"status":"completed|failed|stopped","exitCode":n,"error":{...}}}.
#        {"v":1,"type":"ready","data":{"workingSet":n}} when a runspace is open and the host waits for a job.
#   A shared job's spec carries hostMode "shared" and consoleEnd: after its result the host writes that
#   line to stdout and to stderr and reports ready again, with the next runspace opened while the job ran.
param(
    # Directory where the compiled record collector is cached, so only the first host pays for Add-Type.
    [string] $AssemblyCache
)
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

# .NET runtime settings meant for this process only (worker/pwsh-runner/host-env.ts): the runtime has
# read them, and a job's native children (another pwsh, dotnet) must not inherit them.
if ($env:BATON_HOST_RUNTIME_ENV) {
    foreach ($name in $env:BATON_HOST_RUNTIME_ENV.Split(',')) { [System.Environment]::SetEnvironmentVariable($name, $null) }
    [System.Environment]::SetEnvironmentVariable('BATON_HOST_RUNTIME_ENV', $null)
}

. (Join-Path $PSScriptRoot 'import-host-assembly.ps1')
. (Join-Path $PSScriptRoot 'prepare-runbook.ps1')
. (Join-Path $PSScriptRoot 'convert-output-object.ps1')
. (Join-Path $PSScriptRoot 'initialize-automation.ps1')
. (Join-Path $PSScriptRoot 'warm-up.ps1')

# The width when a spec does not say (the warm-up job); the admin setting outputWidth defaults to it too.
$script:DefaultOutputWidth = 120

function Invoke-BatonJob([Baton.PwshHost.Channel] $Channel, [hashtable] $Spec, [Baton.PwshHost.JobRunspace] $JobRunspace) {
    $prepared = Initialize-BatonRunbook -Spec $Spec
    if ($prepared.Error) {
        $Channel.WriteResult('failed', $prepared.Error, 'Baton.RunbookValidationError', $null, $null)
        return
    }
    $runspace = $JobRunspace.Runspace

    $secrets = [System.Collections.Concurrent.ConcurrentQueue[string]]::new()
    $Channel.SetSecretSink($secrets)
    $automationError = Initialize-BatonJobAutomation -Runspace $runspace -Spec $Spec -SecretSink $secrets
    if ($automationError) {
        $Channel.WriteResult('failed', $automationError, 'Baton.AutomationInitializationError', $null, $null)
        return
    }

    Set-BatonModulePath -Spec $Spec

    $ps = [powershell]::Create()
    $ps.Runspace = $runspace
    $streams = $Spec['streams']
    $preferences = @{
        VerbosePreference  = if ($streams -and $streams['verbose']) { 'Continue' } else { 'SilentlyContinue' }
        DebugPreference    = if ($streams -and $streams['debug']) { 'Continue' } else { 'SilentlyContinue' }
        ProgressPreference = if ($streams -and -not $streams['progress']) { 'SilentlyContinue' } else { 'Continue' }
    }
    foreach ($name in $preferences.Keys) {
        $runspace.SessionStateProxy.SetVariable($name, [System.Management.Automation.ActionPreference] $preferences[$name])
    }
    $width = if ($Spec['outputWidth']) { [int] $Spec['outputWidth'] } else { $script:DefaultOutputWidth }
    $queue = [Baton.PwshHost.RecordQueue]::new()
    $collector = [Baton.PwshHost.StreamCollector]::new($Channel, $queue, [Baton.PwshHost.ErrorRenderer]::new($JobRunspace.RawUI))
    $formatter = [Baton.PwshHost.OutputFormatter]::new($queue, $width)
    # The values go to the binder as objects; no command text is ever built from them. Out-BatonJob
    # ends the pipeline where pwsh's console host puts Out-Default.
    $null = $ps.AddCommand($prepared.ScriptPath).AddParameters($prepared.Parameters).
        AddCommand($script:OutBatonJob).AddParameter('Formatter', $formatter)
    $collector.Attach($ps.Streams)
    $collector.WakeWhenDone($ps)
    $Channel.WakeOnControl = $queue
    $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
    $noInput = [System.Management.Automation.PSDataCollection[psobject]]::new()
    $noInput.Complete()

    # Only a debug session subscribes to the debugger; other jobs pay nothing for it.
    $debugger = if ($Spec['debug']) {
        [Baton.PwshHost.JobDebugger]::Attach($runspace, $Channel, $prepared.ScriptPath, [string] $Spec['runbookName'], $Spec['debug']['breakpoints'], $width)
    }
    $JobRunspace.BeginJob($queue, $width)
    try {
        $async = $ps.BeginInvoke($noInput, $output)
        Wait-BatonPipeline -Channel $Channel -Collector $collector -PowerShell $ps -Async $async
        if ($debugger) { $debugger.Detach() }
        $state = $ps.InvocationStateInfo
        $reason = $state.Reason
        $terminatingError = if ($state.State -eq 'Failed' -and $reason -is [System.Management.Automation.IContainsErrorRecord]) { $reason.ErrorRecord } else { $null }
        Complete-BatonJobOutput -Runspace $runspace -Formatter $formatter -Collector $collector -TerminatingError $terminatingError
        while ($null -ne ($record = $collector.Drain(0))) { Write-BatonOutputObject -Channel $Channel -Record $record }
    }
    finally {
        $Channel.WakeOnControl = $null
        $JobRunspace.EndJob()
    }

    # The debugger's stop ends the runbook with PowerShell's TerminateException, as pwsh's `q` does;
    # the pipeline then reports Completed.
    $stoppedInDebugger = $debugger -and $debugger.StoppedByDebugger
    switch ($(if ($stoppedInDebugger) { 'Stopped' } else { $state.State })) {
        'Completed' {
            $exitCode = $JobRunspace.ExitCode
            if ($exitCode -and $exitCode -ne 0) { $Channel.WriteResult('failed', "Runbook exited with code $exitCode", 'Baton.RunbookExit', $null, $exitCode) }
            else { $Channel.WriteResult('completed', $null, $null, $null, $exitCode) }
        }
        'Stopped' { $Channel.WriteResult('stopped', $null, $null, $null, $null) }
        default {
            $stack = if ($terminatingError) { $terminatingError.ScriptStackTrace } else { $null }
            $message = if ($reason) { $reason.Message } else { "Runbook ended in state $($state.State)." }
            $type = if ($reason) { $reason.GetType().FullName } else { $null }
            $Channel.WriteResult('failed', $message, $type, $stack, $null)
        }
    }
}

# Drains the job's records while its pipeline runs, and stops it when the worker asks or goes away.
# The wait for records is woken by a record, the pipeline's end, a stop and the channel's close
# (Channel.WakeOnControl), so it can be long: polling every 20 ms cost each sleeping job's host 1.7 % of a core.
function Wait-BatonPipeline([Baton.PwshHost.Channel] $Channel, [Baton.PwshHost.StreamCollector] $Collector, [powershell] $PowerShell, [System.IAsyncResult] $Async) {
    $stopping = $false
    $orphanedAt = $null
    while ($true) {
        # With the worker gone nobody will kill our process group, so a runbook that ignores the stop
        # would run forever: end the whole group (pwsh is its leader) after a grace period.
        if ($orphanedAt -and $orphanedAt.Elapsed.TotalSeconds -gt 5) { & /bin/kill -s KILL -- "-$PID" }
        # EOF on the channel means the worker went away: stop rather than run unobserved. Checked before
        # the wait too, for a stop that came before this job's queue could be woken by it.
        if ($null -eq $orphanedAt -and $Channel.IsClosed) { $orphanedAt = [System.Diagnostics.Stopwatch]::StartNew() }
        if (-not $stopping -and ($Channel.StopRequested -or $Channel.IsClosed)) {
            $stopping = $true
            # BeginStop, not Stop: finally blocks may still write records that we must keep draining.
            $null = $PowerShell.BeginStop($null, $null)
        }
        $record = $Collector.Drain(1000)
        if ($null -ne $record) {
            Write-BatonOutputObject -Channel $Channel -Record $record
            continue
        }
        if ($Async.IsCompleted -and $Collector.IsEmpty) { return }
    }
}

function Write-BatonOutputObject([Baton.PwshHost.Channel] $Channel, [Baton.PwshHost.CapturedRecord] $Record) {
    $data = ConvertTo-BatonOutputData -InputObject $Record.Record
    [Baton.PwshHost.RecordWriter]::WriteObject($Channel, $Record, $data.Json, $data.TypeNames)
}

# After the pipeline ended, however it ended: the formatter prints what it still held and the error
# that ended the runbook becomes its last Error record. Runs in the job's runspace, so the runbook's
# format data and $ErrorView apply.
function Complete-BatonJobOutput([runspace] $Runspace, $Formatter, $Collector, $TerminatingError) {
    $ps = [powershell]::Create()
    try {
        $ps.Runspace = $Runspace
        $null = $ps.AddCommand($script:CompleteBatonJob).AddParameter('Formatter', $Formatter).AddParameter('Collector', $Collector)
        if ($TerminatingError) { $null = $ps.AddParameter('TerminatingError', $TerminatingError) }
        $null = $ps.Invoke()
    }
    finally {
        $ps.Dispose()
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
# Never added to the runspace's commands, so a runbook cannot call them (JobPipelineCommands.cs).
$script:OutBatonJob = [System.Management.Automation.CmdletInfo]::new('Out-BatonJob', [Baton.PwshHost.OutBatonJobCommand])
$script:CompleteBatonJob = [System.Management.Automation.CmdletInfo]::new('Complete-BatonJob', [Baton.PwshHost.CompleteBatonJobCommand])
$channel = [Baton.PwshHost.Channel]::new(3)
# Opening the runspace costs ~150-300 ms, ~100 ms of it importing the automation module; a pooled host
# does it before its job arrives.
$sessionState = New-BatonSessionState
$jobRunspace = [Baton.PwshHost.JobRunspace]::new($sessionState)
Invoke-BatonWarmUp -JobRunspace $jobRunspace
$channel.WriteReady([System.Environment]::WorkingSet)

$specLine = $channel.ReadLine()
# The pool closes idle hosts by closing the channel before any spec arrived.
if ($null -eq $specLine) { exit 0 }
$channel.StartControlReader()
$reset = [Baton.PwshHost.HostReset]::new([System.IO.Path]::GetTempPath())

# A job in its own process (hostMode absent or "process") is this host's only one. A shared host
# (hostMode "shared") runs its runbook's next job in a fresh runspace after resetting what the last
# one changed in the process, until the worker retires it by closing the channel (README › Job isolation).
$spare = $null
while ($true) {
    $spec = $null
    try {
        $spec = [Baton.PwshHost.JsonToPowerShell]::Parse($specLine)
        if ($spec['type'] -eq 'job') { $spec = $spec['spec'] }
        # The next job's runspace opens while this one runs, so it waits for neither.
        if ($spec['hostMode'] -eq 'shared' -and $null -eq $spare) { $spare = [Baton.PwshHost.JobRunspace]::OpenInBackground($sessionState) }
        Invoke-BatonJob -Channel $channel -Spec $spec -JobRunspace $jobRunspace
    }
    catch {
        # A failure of the host itself (bad spec, I/O): still end with a result so the job is not "lost".
        $channel.WriteResult('failed', "PowerShell host error: $($_.Exception.Message)", $_.Exception.GetType().FullName, $_.ScriptStackTrace, $null)
    }
    if ($null -eq $spec -or $spec['hostMode'] -ne 'shared') { break }
    # The next runspace finishes opening first: resetting the environment and emptying HOME while it
    # imports its modules made it open, now and then, without them.
    $spare = $spare.WaitUntilOpen()
    $null = $reset.AfterJob()
    # Console text arrives beside the protocol channel, unordered with it: these lines tell the worker
    # the job's console output has all been read (worker/pwsh-runner/run-job.ts).
    [System.Console]::Out.Write("$($spec['consoleEnd'])`n")
    [System.Console]::Out.Flush()
    [System.Console]::Error.Write("$($spec['consoleEnd'])`n")
    [System.Console]::Error.Flush()
    $finished = $jobRunspace
    $jobRunspace = $spare
    $channel.WriteReady([System.Environment]::WorkingSet)
    # While the next job is on its way: the finished runspace goes, the one after next starts opening.
    $finished.Dispose()
    $spare = [Baton.PwshHost.JobRunspace]::OpenInBackground($sessionState)
    $specLine = $channel.ReadNextJob()
    if ($null -eq $specLine) { break }
}
