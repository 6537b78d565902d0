function Invoke-BatonApi {
    # Calls the Baton REST API with the connection's bearer token and returns the parsed JSON answer.
    # Failures throw an ErrorRecord (see ConvertTo-BatonApiErrorRecord); callers decide whether that
    # is terminating for them.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][ValidateSet('GET', 'POST', 'PUT', 'PATCH', 'DELETE')][string] $Method,
        # Relative to /api/v1/, with each segment already escaped.
        [Parameter(Mandatory)][string] $Path,
        [System.Collections.IDictionary] $Query,
        [object] $Body,
        [object] $Target,
        # Connect-Baton checks a connection before keeping it.
        [object] $Connection = $script:BatonConnection,
        [securestring] $Token = $script:BatonToken
    )
    if (-not $Connection -or -not $Token) {
        throw (New-BatonErrorRecord -Message 'Not connected to Baton: run Connect-Baton -Url <url> -Token <api token> first.' -ErrorId 'NotConnected' -Category InvalidOperation -Target $Target)
    }
    $uri = "$($Connection.Url)/api/v1/$Path"
    if ($Query) {
        $pairs = foreach ($key in $Query.Keys) {
            if ($null -ne $Query[$key] -and "$($Query[$key])" -ne '') { '{0}={1}' -f [uri]::EscapeDataString($key), [uri]::EscapeDataString([string]$Query[$key]) }
        }
        if ($pairs) { $uri += '?' + ($pairs -join '&') }
    }
    $request = @{
        Method             = $Method
        Uri                = $uri
        Headers            = @{ Authorization = "Bearer $(ConvertFrom-SecureString -SecureString $Token -AsPlainText)"; Accept = 'application/json' }
        SkipHttpErrorCheck = $true
        TimeoutSec         = 100
        ErrorAction        = 'Stop'
        Verbose            = $false
    }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $request.ContentType = 'application/json; charset=utf-8'
        $request.Body = [System.Text.Encoding]::UTF8.GetBytes((ConvertTo-Json -InputObject $Body -Depth 64 -Compress))
    }
    Write-Verbose "$Method $uri"
    # Invoke-WebRequest's progress bar costs more than a small API call takes.
    $ProgressPreference = 'SilentlyContinue'
    try {
        $response = Invoke-WebRequest @request
    } catch {
        $message = "Cannot reach Baton at $($Connection.Url): $($_.Exception.Message)"
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
            throw (New-BatonErrorRecord -Message "$uri answered with $($response.Headers['Content-Type']), not JSON: is $($Connection.Url) a Baton server?" -ErrorId 'NotBaton' -Category InvalidResult -Target $Target)
        }
        return , $parsed
    }
    throw (ConvertTo-BatonApiErrorRecord -StatusCode $status -Body $parsed -Uri $uri -Target $Target)
}
