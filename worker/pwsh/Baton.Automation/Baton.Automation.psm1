# Baton.Automation: the Azure Automation in-runbook cmdlets, backed by Baton's automation API
# (/api/v1/automation/...). The host initialises the module with the job's API URL and token; the
# token stays in this module's scope, never in an environment variable that native child processes
# would inherit. Every secret the API hands out is pushed to the host's secret sink so the worker
# masks it in the job's streams (see lib/automation/README.md).

Set-StrictMode -Version 3.0

# The one Baton HTTP client, shared with the Baton PowerShell module (which ships it in its own folder).
# A plain absolute path, not Join-Path and `..`: the module is imported into every job's runspace, and
# Join-Path would auto-load Microsoft.PowerShell.Management there (a PATH search first), and the `..`
# segments cost a directory walk: 30% of a shared host's CPU per trivial job, measured.
. ([System.IO.Path]::GetFullPath("$PSScriptRoot/../../../powershell/Baton/Client/BatonHttpClient.ps1"))

$script:ApiUrl = $null
$script:Token = $null
$script:SecretSink = $null

function Initialize-BatonAutomation {
    <#
    .SYNOPSIS
    Called once by the Baton host before the runbook starts; runbooks do not call it.
    .PARAMETER SecretSink
    A thread-safe queue the host drains: every secret value a cmdlet receives is enqueued before the
    cmdlet returns it, so the host can have it masked before any record containing it is stored.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][ValidateNotNullOrEmpty()][string] $ApiUrl,
        [Parameter(Mandatory)][ValidatePattern('^bjt_')][string] $Token,
        [System.Collections.Concurrent.ConcurrentQueue[string]] $SecretSink
    )
    $script:ApiUrl = $ApiUrl.TrimEnd('/')
    $script:Token = $Token
    $script:SecretSink = $SecretSink
}

function Register-BatonSecret {
    param([object[]] $Values)
    if ($null -eq $script:SecretSink -or $null -eq $Values) { return }
    foreach ($value in $Values) {
        if ($null -ne $value -and "$value" -ne '') { $script:SecretSink.Enqueue([string]$value) }
    }
}

function Invoke-BatonApi {
    # Returns the parsed JSON body, or throws an ErrorRecord carrying the API's own message
    # ("Variable 'X' not found"). Dates stay strings: each cmdlet converts values by their declared
    # type, so a string variable that looks like a date is not turned into a DateTime.
    param(
        [Parameter(Mandatory)][string] $Method,
        [Parameter(Mandatory)][string] $Path,
        [object] $Body,
        [switch] $HasBody,
        [object] $Target
    )
    if (-not $script:Token) {
        throw (New-BatonErrorRecord -Message 'The Baton automation cmdlets only work inside a Baton job (the module was not initialised by the host).' -ErrorId 'NotInitialized' -Category InvalidOperation -Target $Target)
    }
    $request = @{ Method = $Method; Uri = "$($script:ApiUrl)/api/v1/automation/$Path"; BearerToken = $script:Token; ServerUrl = $script:ApiUrl; Target = $Target }
    if ($HasBody) { $request.Body = $Body }
    Invoke-BatonHttp @request
}

function ConvertFrom-BatonValue {
    # JSON from the API back into the PowerShell value Azure Automation would give.
    param([object] $Value, [string] $Type)
    if ($null -eq $Value) { return $null }
    switch ($Type) {
        'datetime' { return [datetime]::Parse($Value, [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::RoundtripKind) }
        default { return , $Value }
    }
}

function ConvertTo-BatonJsonValue {
    # Values going to the API: DateTimes as round-trip ISO 8601 so no culture or offset is lost.
    param([object] $Value)
    if ($Value -is [datetime]) { return $Value.ToString('o', [cultureinfo]::InvariantCulture) }
    if ($Value -is [datetimeoffset]) { return $Value.ToString('o', [cultureinfo]::InvariantCulture) }
    return , $Value
}

function Get-EscapedName([string] $Name) { [uri]::EscapeDataString($Name) }

function Get-AutomationVariable {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][ValidateNotNullOrEmpty()][string] $Name)
    try {
        $result = Invoke-BatonApi -Method GET -Path "variables/$(Get-EscapedName $Name)" -Target $Name
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
    Register-BatonSecret $result.maskValues
    ConvertFrom-BatonValue $result.value $result.type
}

function Set-AutomationVariable {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, Position = 1)][AllowNull()][object] $Value
    )
    try {
        $null = Invoke-BatonApi -Method PUT -Path "variables/$(Get-EscapedName $Name)" -Body @{ value = (ConvertTo-BatonJsonValue $Value) } -HasBody -Target $Name
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
}

function Get-AutomationPSCredential {
    [CmdletBinding()]
    [OutputType([pscredential])]
    param([Parameter(Mandatory, Position = 0)][ValidateNotNullOrEmpty()][string] $Name)
    try {
        $result = Invoke-BatonApi -Method GET -Path "credentials/$(Get-EscapedName $Name)" -Target $Name
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
    Register-BatonSecret $result.maskValues
    $password = [securestring]::new()
    foreach ($c in $result.password.ToCharArray()) { $password.AppendChar($c) }
    $password.MakeReadOnly()
    [pscredential]::new($result.userName, $password)
}

function Get-AutomationConnection {
    [CmdletBinding()]
    [OutputType([hashtable])]
    param([Parameter(Mandatory, Position = 0)][ValidateNotNullOrEmpty()][string] $Name)
    try {
        $result = Invoke-BatonApi -Method GET -Path "connections/$(Get-EscapedName $Name)" -Target $Name
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
    Register-BatonSecret $result.maskValues
    $connection = @{}
    foreach ($field in $result.values.PSObject.Properties) { $connection[$field.Name] = $field.Value }
    $connection
}

function Get-AutomationCertificate {
    [CmdletBinding()]
    [OutputType([System.Security.Cryptography.X509Certificates.X509Certificate2])]
    param([Parameter(Mandatory, Position = 0)][ValidateNotNullOrEmpty()][string] $Name)
    try {
        $result = Invoke-BatonApi -Method GET -Path "certificates/$(Get-EscapedName $Name)" -Target $Name
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
    Register-BatonSecret $result.maskValues
    $bytes = [Convert]::FromBase64String($result.data)
    $x509 = [System.Security.Cryptography.X509Certificates.X509Certificate2]
    $loader = 'System.Security.Cryptography.X509Certificates.X509CertificateLoader' -as [type]
    if ($result.format -eq 'cer') {
        if ($loader) { return $loader::LoadCertificate($bytes) }
        return $x509::new($bytes)
    }
    # The key lives in memory only (EphemeralKeySet: nothing is written to a key store on disk), and
    # is marked exportable only when the asset allows it.
    $flags = [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::EphemeralKeySet
    if ($result.exportable) { $flags = $flags -bor [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::Exportable }
    if ($loader) { return $loader::LoadPkcs12($bytes, $result.password, $flags) }
    $x509::new($bytes, $result.password, $flags)
}

function ConvertFrom-BatonOutputRecord {
    # A child's output record: its structured JSON (objects keep their properties) or its text.
    param([object] $Record)
    $data = $Record.data
    if ($null -ne $data -and $data.PSObject.Properties['json'] -and $null -ne $data.json) {
        if ($data.json -is [string]) { return , (ConvertFrom-Json -InputObject $data.json -NoEnumerate) }
        return , $data.json
    }
    $Record.text
}

function Wait-AutomationJob {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)][guid[]] $Id,
        # 0 waits until the jobs end (each job's own timeout still applies).
        [ValidateRange(0, [int]::MaxValue)][int] $TimeoutInSeconds = 0,
        [ValidateRange(0.05, 300)][double] $PollIntervalSeconds = 2
    )
    begin { $ids = [System.Collections.Generic.List[guid]]::new() }
    process { $ids.AddRange($Id) }
    end {
        $deadline = if ($TimeoutInSeconds -gt 0) { [datetime]::UtcNow.AddSeconds($TimeoutInSeconds) } else { [datetime]::MaxValue }
        foreach ($jobId in $ids) {
            while ($true) {
                try {
                    $job = Invoke-BatonApi -Method GET -Path "jobs/$jobId" -Target $jobId
                } catch { $PSCmdlet.ThrowTerminatingError($_) }
                if ($job.isTerminal) { break }
                if ([datetime]::UtcNow -ge $deadline) {
                    $PSCmdlet.ThrowTerminatingError((New-BatonErrorRecord -Message "Timed out after $TimeoutInSeconds seconds waiting for job $jobId (status $($job.status))" -ErrorId 'WaitTimeout' -Category OperationTimeout -Target $jobId))
                }
                Start-Sleep -Milliseconds ([int]($PollIntervalSeconds * 1000))
            }
            [pscustomobject]@{
                PSTypeName      = 'Baton.AutomationJob'
                Id              = [guid]$job.id
                RunbookName     = $job.runbookName
                Status          = $job.status
                StatusReason    = $job.statusReason
                Exception       = $job.exception
                StartedAt       = $job.startedAt
                EndedAt         = $job.endedAt
                Output          = @(foreach ($record in $job.output) { ConvertFrom-BatonOutputRecord $record })
                OutputTruncated = $job.outputTruncated
            }
        }
    }
}

function Start-AutomationRunbook {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Position = 1)][System.Collections.IDictionary] $Parameters,
        [string] $RunOn,
        # Waits for the child and returns its output, failing if the child did not complete.
        [switch] $Wait,
        [ValidateRange(0, [int]::MaxValue)][int] $MaxWaitSeconds = 0,
        [ValidateRange(0.05, 300)][double] $PollIntervalSeconds = 2
    )
    $body = @{ name = $Name }
    if ($Parameters) {
        $converted = @{}
        foreach ($key in $Parameters.Keys) { $converted[[string]$key] = ConvertTo-BatonJsonValue $Parameters[$key] }
        $body.parameters = $converted
    }
    if ($RunOn) { $body.runOn = $RunOn }
    try {
        $started = Invoke-BatonApi -Method POST -Path 'jobs' -Body $body -HasBody -Target $Name
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
    if (-not $Wait) { return [guid]$started.jobId }

    $job = Wait-AutomationJob -Id $started.jobId -TimeoutInSeconds $MaxWaitSeconds -PollIntervalSeconds $PollIntervalSeconds -ErrorAction Stop
    if ($job.Status -ne 'Completed') {
        $reason = @($job.Exception, $job.StatusReason) | Where-Object { $_ } | Select-Object -First 1
        $PSCmdlet.ThrowTerminatingError((New-BatonErrorRecord -Message "Runbook '$Name' (job $($job.Id)) ended $($job.Status)$(if ($reason) { ": $reason" })" -ErrorId 'ChildJobFailed' -Category OperationStopped -Target $job.Id))
    }
    $job.Output
}

function Set-AutomationCheckpoint {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][AllowNull()][object] $State)
    try {
        $null = Invoke-BatonApi -Method PUT -Path 'checkpoint' -Body @{ state = (ConvertTo-BatonJsonValue $State) } -HasBody
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
}

function Get-AutomationCheckpoint {
    [CmdletBinding()]
    param()
    try {
        $result = Invoke-BatonApi -Method GET -Path 'checkpoint'
    } catch { $PSCmdlet.ThrowTerminatingError($_) }
    if ($null -eq $result.state) { return $null }
    , $result.state
}

Export-ModuleMember -Function Initialize-BatonAutomation, Get-AutomationVariable, Set-AutomationVariable, Get-AutomationPSCredential, Get-AutomationConnection, Get-AutomationCertificate, Start-AutomationRunbook, Wait-AutomationJob, Set-AutomationCheckpoint, Get-AutomationCheckpoint
