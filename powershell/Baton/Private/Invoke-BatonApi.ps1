function Invoke-BatonApi {
    # Calls the Baton REST API with the connection's bearer token and returns the parsed JSON answer.
    # Failures throw an ErrorRecord (Client/BatonHttpClient.ps1); callers decide whether that is
    # terminating for them.
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
        [securestring] $Token = $script:BatonToken,
        # Connect-Baton checks a URL someone just typed: a wrong one should fail at once, not in a minute.
        [switch] $NoRetry
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
    Write-Verbose "$Method $uri"
    $request = @{ Method = $Method; Uri = $uri; BearerToken = (ConvertFrom-SecureString -SecureString $Token -AsPlainText); ServerUrl = $Connection.Url; Target = $Target }
    if ($PSBoundParameters.ContainsKey('Body')) { $request.Body = $Body }
    if ($NoRetry) { $request.RetrySeconds = 0 }
    Invoke-BatonHttp @request
}
