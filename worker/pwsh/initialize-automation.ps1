# The automation cmdlets (worker/pwsh/Baton.Automation) in the job's runspace. The module is imported
# when the runspace opens, before the spec arrives (~100 ms a pooled host pays while it waits); the
# job's API URL and token reach it here, as parameters of one invocation, so the token lives only in
# the module's scope: not in the environment (native children inherit that), not in a global variable.
$script:BatonAutomationModule = Join-Path $PSScriptRoot 'Baton.Automation/Baton.Automation.psd1'

# Wait-Debugger in a runspace with no debugger attached waits for one (as for Debug-Runspace) forever:
# a job that is not debugged gets a warning instead (JobDebugger.cs removes this for a debug session).
# Line, command and variable breakpoints need nothing: without a DebuggerStop subscriber PowerShell
# runs their actions and does not stop.
$script:BatonWaitDebugger = @'
[CmdletBinding()]
param()
Write-Warning 'Wait-Debugger was ignored: this job is not running under the debugger.'
'@

function New-BatonSessionState {
    $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
    $state.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Wait-Debugger', $script:BatonWaitDebugger))
    # Utility is loaded when a script starts in pwsh too (`pwsh -Command Get-Module` lists it). Left to
    # auto-loading, a fresh runspace's first Write-Output searches every PATH directory for a program of
    # that name before it loads the module: 9% of a shared host's CPU per trivial job.
    $state.ImportPSModule([string[]] @('Microsoft.PowerShell.Utility', $script:BatonAutomationModule))
    # Without this a module that fails to load is silently missing and every runbook fails obscurely.
    $state.ThrowOnRunspaceOpenError = $true
    $state
}

# Returns $null, or why the module could not be initialised.
function Initialize-BatonJobAutomation([runspace] $Runspace, [hashtable] $Spec, [System.Collections.Concurrent.ConcurrentQueue[string]] $SecretSink) {
    $ps = [powershell]::Create()
    try {
        $ps.Runspace = $Runspace
        $null = $ps.AddCommand('Baton.Automation\Initialize-BatonAutomation').
            AddParameter('ApiUrl', [string] $Spec['apiUrl']).
            AddParameter('Token', [string] $Spec['automationToken']).
            AddParameter('SecretSink', $SecretSink)
        $null = $ps.Invoke()
        $null
    }
    catch {
        $reason = if ($_.Exception.InnerException) { $_.Exception.InnerException.Message } else { $_.Exception.Message }
        "The Baton automation module could not be initialised: $reason"
    }
    finally {
        $ps.Dispose()
    }
}
