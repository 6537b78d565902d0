# The Baton HTTP client: one call to the Baton API and the one mapping of its errors to PowerShell's
# error categories. Dot-sourced by this module (Baton.psm1) and by the worker's automation module
# (worker/pwsh/Baton.Automation/Baton.Automation.psm1), so a runbook's Get-AutomationVariable and an
# admin's Get-BatonVariable fail the same way for the same answer.

# ConvertFrom-Json turns ISO date strings into DateTime unless told not to (-DateKind, PowerShell 7.5+);
# a string variable that happens to look like a date must stay a string. Decided by version, not by
# Get-Command: that would load Microsoft.PowerShell.Utility into every job's runspace as it opens
# (~30 ms a runspace in a shared host), whether or not the runbook uses it.
$script:JsonKeepsDateStrings = $PSVersionTable.PSVersion -ge [version] '7.5'

# How long a call keeps trying while Baton cannot be reached (its web service restarting, a proxy
# answering 502/503/504 meanwhile), in seconds: long enough for a restart, short enough that a runbook
# whose server is really gone fails within a minute. README "Automation cmdlets" states this value.
$script:BatonRetrySeconds = 60
# The first wait between tries, doubled after each failure up to the longest.
$script:BatonFirstRetryDelayMs = 250
$script:BatonLongestRetryDelayMs = 5000

function New-BatonErrorRecord {
    # An ErrorRecord whose FullyQualifiedErrorId starts with "Baton." so scripts can catch by id.
    [CmdletBinding()]
    [OutputType([System.Management.Automation.ErrorRecord])]
    param(
        [Parameter(Mandatory)][string] $Message,
        [Parameter(Mandatory)][string] $ErrorId,
        [Parameter(Mandatory)][System.Management.Automation.ErrorCategory] $Category,
        [object] $Target,
        [System.Exception] $Exception
    )
    if (-not $Exception) { $Exception = [System.InvalidOperationException]::new($Message) }
    [System.Management.Automation.ErrorRecord]::new($Exception, "Baton.$ErrorId", $Category, $Target)
}

function ConvertFrom-BatonJson {
    # JSON text to objects, keeping date strings as strings (callers pick which fields are dates).
    [CmdletBinding()]
    param([Parameter(Mandatory)][AllowEmptyString()][string] $Json)
    if (-not $Json) { return $null }
    if ($script:JsonKeepsDateStrings) { return , (ConvertFrom-Json -InputObject $Json -NoEnumerate -Depth 100 -DateKind String) }
    , (ConvertFrom-Json -InputObject $Json -NoEnumerate -Depth 100)
}

function Get-BatonErrorCategory {
    # What an HTTP status of the Baton API means to a PowerShell user.
    [CmdletBinding()]
    [OutputType([System.Management.Automation.ErrorCategory])]
    param([Parameter(Mandatory)][int] $StatusCode)
    switch ($StatusCode) {
        400 { 'InvalidArgument' }
        401 { 'AuthenticationError' }
        403 { 'PermissionDenied' }
        404 { 'ObjectNotFound' }
        409 { 'ResourceExists' }
        413 { 'LimitsExceeded' }
        415 { 'InvalidArgument' }
        422 { 'InvalidArgument' }
        429 { 'LimitsExceeded' }
        503 { 'ResourceUnavailable' }
        default { 'NotSpecified' }
    }
}

function ConvertTo-BatonApiErrorRecord {
    # Maps an API error answer ({error:{code,message,field,details}}) to an ErrorRecord whose category
    # says what went wrong the way PowerShell users expect (ObjectNotFound, PermissionDenied, ...).
    [CmdletBinding()]
    [OutputType([System.Management.Automation.ErrorRecord])]
    param(
        [Parameter(Mandatory)][int] $StatusCode,
        [object] $Body,
        [Parameter(Mandatory)][string] $Uri,
        [object] $Target
    )
    $apiError = if ($Body -and $Body.PSObject.Properties['error']) { $Body.error } else { $null }
    $code = if ($apiError -and $apiError.PSObject.Properties['code']) { [string]$apiError.code } else { "http_$StatusCode" }
    $message = if ($apiError -and $apiError.PSObject.Properties['message']) {
        [string]$apiError.message
    } else {
        "$Uri answered HTTP $StatusCode, which is not an answer of the Baton API (is the URL right?)"
    }
    $exception = [System.Net.Http.HttpRequestException]::new($message, $null, [System.Net.HttpStatusCode]$StatusCode)
    $exception.Data['BatonErrorCode'] = $code
    if ($apiError -and $apiError.PSObject.Properties['field']) { $exception.Data['Field'] = $apiError.field }
    if ($apiError -and $apiError.PSObject.Properties['details']) { $exception.Data['Details'] = $apiError.details }
    $record = New-BatonErrorRecord -Message $message -ErrorId $code -Category (Get-BatonErrorCategory -StatusCode $StatusCode) -Target $Target -Exception $exception
    $record.ErrorDetails = [System.Management.Automation.ErrorDetails]::new($message)
    $record
}

function Test-BatonRequestNotSent {
    # True when the request certainly never reached a server (the connection was refused or the name
    # did not resolve), so even a call that is not idempotent may be sent again.
    [CmdletBinding()]
    [OutputType([bool])]
    param([System.Exception] $Exception)
    for ($e = $Exception; $e; $e = $e.InnerException) {
        if ($e -is [System.Net.Sockets.SocketException] -and $e.SocketErrorCode -in 'ConnectionRefused', 'HostNotFound', 'TryAgain') { return $true }
    }
    $false
}

function Test-BatonTransientFailure {
    # True when a request failed on the way (no connection, or it was dropped before the answer), as
    # during a restart, rather than because of what was asked: certificate and URL errors are not
    # transient, and a timeout already waited long enough.
    [CmdletBinding()]
    [OutputType([bool])]
    param([System.Exception] $Exception)
    for ($e = $Exception; $e; $e = $e.InnerException) {
        if ($e -is [System.Net.Http.HttpRequestException]) {
            return $e.HttpRequestError -in 'ConnectionError', 'ResponseEnded', 'NameResolutionError'
        }
        if ($e -is [System.Net.Sockets.SocketException] -or $e -is [System.IO.IOException]) { return $true }
    }
    $false
}

function Invoke-BatonHttp {
    # Sends one request with the bearer token (and a JSON body when -Body is given) and returns the
    # parsed JSON answer; throws an ErrorRecord when the server cannot be reached, answers an error, or
    # answers something that is not JSON.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][ValidateSet('GET', 'POST', 'PUT', 'PATCH', 'DELETE')][string] $Method,
        [Parameter(Mandatory)][string] $Uri,
        [Parameter(Mandatory)][string] $BearerToken,
        # The server's base URL, for messages.
        [Parameter(Mandatory)][string] $ServerUrl,
        [object] $Body,
        [object] $Target,
        # How long to keep trying while Baton cannot be reached; 0 tries once.
        [ValidateRange(0, 3600)][int] $RetrySeconds = $script:BatonRetrySeconds
    )
    $request = @{
        Method             = $Method
        Uri                = $Uri
        Headers            = @{ Authorization = "Bearer $BearerToken"; Accept = 'application/json' }
        SkipHttpErrorCheck = $true
        TimeoutSec         = 100
        ErrorAction        = 'Stop'
    }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $request.ContentType = 'application/json; charset=utf-8'
        $request.Body = [System.Text.Encoding]::UTF8.GetBytes((ConvertTo-Json -InputObject $Body -Depth 64 -Compress))
    }
    # With the caller's -Verbose or $VerbosePreference, Invoke-WebRequest would write the response body
    # (a secret, in a runbook) to the streams; its progress bar costs more than a small API call takes.
    $VerbosePreference = 'SilentlyContinue'
    $DebugPreference = 'SilentlyContinue'
    $ProgressPreference = 'SilentlyContinue'
    # While Baton cannot be reached, a call is tried again with backoff for RetrySeconds: any call
    # whose request never left (connection refused), and GET, PUT and DELETE, which are idempotent, also
    # when the connection dropped mid-call or a proxy answered 502/503/504. POST and PATCH are not sent
    # twice once they may have arrived (Start-AutomationRunbook must not start two children).
    $idempotent = $Method -in 'GET', 'PUT', 'DELETE'
    $started = [datetime]::UtcNow
    $deadline = $started.AddSeconds($RetrySeconds)
    $delayMs = $script:BatonFirstRetryDelayMs
    while ($true) {
        $failure = $null
        $response = $null
        try { $response = Invoke-WebRequest @request } catch { $failure = $_.Exception }
        $retry = if ($failure) {
            (Test-BatonRequestNotSent -Exception $failure) -or ($idempotent -and (Test-BatonTransientFailure -Exception $failure))
        } else {
            $idempotent -and [int]$response.StatusCode -in 502, 503, 504
        }
        if (-not $retry -or [datetime]::UtcNow.AddMilliseconds($delayMs) -gt $deadline) { break }
        Start-Sleep -Milliseconds $delayMs
        $delayMs = [math]::Min($delayMs * 2, $script:BatonLongestRetryDelayMs)
    }
    if ($failure) {
        $tried = [int]([datetime]::UtcNow - $started).TotalSeconds
        $message = "Cannot reach Baton at $($ServerUrl): $($failure.Message)$(if ($tried -gt 0) { " (tried for $tried s)" })"
        throw (New-BatonErrorRecord -Message $message -ErrorId 'Unreachable' -Category ConnectionError -Target $Target -Exception ([System.Net.Http.HttpRequestException]::new($message, $failure)))
    }
    $status = [int]$response.StatusCode
    $text = if ($response.Content -is [byte[]]) { [System.Text.Encoding]::UTF8.GetString($response.Content) } else { [string]$response.Content }
    $isJson = ([string]$response.Headers['Content-Type']) -match 'json'
    $parsed = $null
    if ($text -and $isJson) {
        try { $parsed = ConvertFrom-BatonJson -Json $text } catch { $parsed = $null }
    }
    if ($status -ge 200 -and $status -lt 300) {
        if ($text -and -not $isJson) {
            throw (New-BatonErrorRecord -Message "$Uri answered with $($response.Headers['Content-Type']), not JSON: is $ServerUrl a Baton server?" -ErrorId 'NotBaton' -Category InvalidResult -Target $Target)
        }
        return , $parsed
    }
    throw (ConvertTo-BatonApiErrorRecord -StatusCode $status -Body $parsed -Uri $Uri -Target $Target)
}
