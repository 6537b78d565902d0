# The Baton HTTP client: one call to the Baton API and the one mapping of its errors to PowerShell's
# error categories. Dot-sourced by this module (Baton.psm1) and by the worker's automation module
# (worker/pwsh/Baton.Automation/Baton.Automation.psm1), so a runbook's Get-AutomationVariable and an
# admin's Get-BatonVariable fail the same way for the same answer.

# ConvertFrom-Json turns ISO date strings into DateTime unless told not to (-DateKind, PowerShell 7.5+);
# a string variable that happens to look like a date must stay a string.
$script:JsonKeepsDateStrings = (Get-Command ConvertFrom-Json).Parameters.ContainsKey('DateKind')

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
        [object] $Target
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
    try {
        $response = Invoke-WebRequest @request
    } catch {
        $message = "Cannot reach Baton at $($ServerUrl): $($_.Exception.Message)"
        throw (New-BatonErrorRecord -Message $message -ErrorId 'Unreachable' -Category ConnectionError -Target $Target -Exception ([System.Net.Http.HttpRequestException]::new($message, $_.Exception)))
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
