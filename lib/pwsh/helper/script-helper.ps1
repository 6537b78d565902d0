# The web service's long-lived PowerShell helper (started by lib/pwsh/script-helper.ts). Requests
# arrive on stdin, one JSON object per line, and are never part of any command text:
#   {"op":"parse","script":"..."}                                  parse errors and the param() block
#   {"op":"check","script":"...","parameters":"{...}","timeoutMs":n} bind start values (check-parameters.ps1)
# Each gets one compressed JSON line back, non-ASCII escaped so the pipe's encoding cannot corrupt it.
# System.Text.Json reads the requests because ConvertFrom-Json would turn a script that looks like a
# date into a DateTime.
param(
    # Where the compiled JSON conversion is cached; without it, it is compiled in memory.
    [string] $AssemblyCache
)
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
. (Join-Path $PSScriptRoot 'parameter-block.ps1')
. (Join-Path $PSScriptRoot 'check-parameters.ps1')

# Check blocks of recently checked scripts by the script's SHA-256, so a start costs one binding, not a parse.
$script:BatonBlocks = [System.Collections.Specialized.OrderedDictionary]::new()
$script:BatonBlockLimit = 256

function Read-BatonScript([string] $Script) {
    $tokens = $null; $parseErrors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($Script, [ref]$tokens, [ref]$parseErrors)
    @{ Ast = $ast; Errors = $parseErrors }
}

function Get-BatonBlock([string] $Script) {
    $key = [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($Script)))
    $block = $script:BatonBlocks[$key]
    if ($block) {
        $script:BatonBlocks.Remove($key)
    } else {
        $read = Read-BatonScript $Script
        if ($read.Errors.Count) {
            $first = $read.Errors[0]
            return @{ Unparsable = "line $($first.Extent.StartLineNumber):$($first.Extent.StartColumnNumber): $($first.Message)" }
        }
        $block = ConvertTo-BatonCheckBlock $read.Ast
        if ($script:BatonBlocks.Count -ge $script:BatonBlockLimit) { $script:BatonBlocks.RemoveAt(0) }
    }
    $script:BatonBlocks[$key] = $block
    $block
}

function Invoke-BatonParse([string] $Script) {
    $read = Read-BatonScript $Script
    $errors = foreach ($e in $read.Errors) {
        [ordered]@{ message = $e.Message; line = $e.Extent.StartLineNumber; column = $e.Extent.StartColumnNumber; endLine = $e.Extent.EndLineNumber; endColumn = $e.Extent.EndColumnNumber }
    }
    $parameters = if ($read.Ast.ParamBlock) { foreach ($p in $read.Ast.ParamBlock.Parameters) { Get-BatonParameterInfo $p } }
    [ordered]@{ errors = @($errors); parameters = @($parameters) }
}

function Write-BatonAnswer($Answer) {
    [Console]::Out.WriteLine((ConvertTo-Json -InputObject $Answer -Compress -Depth 8 -EscapeHandling EscapeNonAscii))
    [Console]::Out.Flush()
}

while ($null -ne ($line = [Console]::In.ReadLine())) {
    $timedOut = $false
    try {
        $doc = [System.Text.Json.JsonDocument]::Parse($line)
        $root = $doc.RootElement
        $op = $root.GetProperty('op').GetString()
        $text = $root.GetProperty('script').GetString()
        if ($op -eq 'parse') {
            $answer = Invoke-BatonParse $text
        } elseif ($op -eq 'check') {
            Import-BatonJsonConversion -CacheDirectory $AssemblyCache
            $block = Get-BatonBlock $text
            if ($block.Unparsable) {
                $answer = [ordered]@{ outcome = 'unparsable'; message = $block.Unparsable }
            } else {
                $answer = Invoke-BatonParameterCheck $block $root.GetProperty('parameters').GetString() $root.GetProperty('timeoutMs').GetInt32()
            }
            # The binding that timed out still runs on another thread and cannot be stopped: this
            # process ends after answering, and says so, so that the next request starts a new one.
            $timedOut = $answer.outcome -eq 'timedOut'
            if ($timedOut) { $answer.exiting = $true }
        } else {
            $answer = [ordered]@{ failure = "Unknown request '$op'" }
        }
        $doc.Dispose()
    } catch {
        $answer = [ordered]@{ failure = $_.Exception.Message }
    }
    Write-BatonAnswer $answer
    if ($timedOut) { [Environment]::Exit(3) }
}
