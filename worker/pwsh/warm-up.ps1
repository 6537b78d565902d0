# Runs a throw-away job through Invoke-BatonJob before the real spec arrives. The first job in a process
# otherwise pays ~100 ms of JIT compilation and first-call setup (spec parsing, the param() check, the
# automation module's initialiser, the runbook's pipeline, the formatter, the error view (~600 ms the
# first time), the record writers) on its path to the first record; a pooled host pays it while it
# waits instead. The error view is warmed on an error it formats, not one it writes: a written error
# would stay in the runbook's $Error.
#
# Nothing of it reaches the real runbook: the script runs in its own scope and is deleted, its records
# go to a discarding channel with its own secret queue, and the real job's Initialize-BatonAutomation
# replaces the module's placeholder URL, token and sink (worker/pwsh-runner/pwsh-runner.isolation.test.ts).
$script:BatonWarmUpSpec = @'
{"jobId":"warm-up","runbookName":"baton-warm-up","apiUrl":"http://127.0.0.1:1","automationToken":"bjt_warm-up",
 "streams":{"verbose":true,"debug":true,"progress":true},"parameters":{"Text":"warm-up"},
 "script":"param([Parameter(Mandatory)][string] $Text)\nWrite-Output $Text\nWrite-Output ([pscustomobject]@{ Text = $Text })\nWrite-Warning $Text\nWrite-Information $Text\nWrite-Host $Text -ForegroundColor Green\n$null = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new($Text), 'WarmUp', 'NotSpecified', $null) | Out-String\nGet-Item $PSCommandPath | Format-List Name"}
'@

function Invoke-BatonWarmUp([Baton.PwshHost.JobRunspace] $JobRunspace) {
    $spec = [Baton.PwshHost.JsonToPowerShell]::Parse($script:BatonWarmUpSpec)
    try {
        Invoke-BatonJob -Channel ([Baton.PwshHost.Channel]::Discarding()) -Spec $spec -JobRunspace $JobRunspace
    }
    finally {
        Remove-Item -LiteralPath (Join-Path ([System.IO.Path]::GetTempPath()) 'baton-warm-up.ps1') -Force -ErrorAction Ignore
    }
}
