function Connect-Baton {
    <#
    .SYNOPSIS
    Connects this PowerShell session to a Baton server with an API token.

    .DESCRIPTION
    Checks the token against the server (GET /api/v1/me) and, when it is accepted, keeps the
    connection for every other Baton cmdlet in this session. Create a personal API token in the
    portal (your user menu > API tokens) or with POST /api/v1/tokens; it acts with your roles.

    The token is sent as a bearer token on every call, so plain http is refused unless the server
    is on this machine (localhost) or -AllowUnencryptedConnection is given.

    .PARAMETER Url
    The server's base URL, e.g. https://baton.example.org. -WebServiceEndpoint (SMA's name) is an alias.

    .PARAMETER Port
    The server's port, when the URL does not give it: SMA scripts pass -WebServiceEndpoint and -Port.

    .PARAMETER Token
    The API token (bat_...), as a string or a SecureString.

    .PARAMETER Credential
    A PSCredential whose password is the API token; the user name is not sent (the token names
    its user). Lets you keep the token in a credential store, e.g. Get-Secret from SecretManagement.

    .PARAMETER AllowUnencryptedConnection
    Allows an http:// URL to another machine, sending the token in clear text.

    .EXAMPLE
    Connect-Baton -Url https://baton.example.org -Token $env:BATON_TOKEN

    .EXAMPLE
    Connect-Baton -WebServiceEndpoint https://baton.example.org -Port 9090 -Token $env:BATON_TOKEN

    .EXAMPLE
    Connect-Baton -Url https://baton.example.org -Credential (Get-Credential -UserName token -Message 'Baton API token')

    .OUTPUTS
    Baton.Context: the server URL and who the token signs in as.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Token')]
    [OutputType('Baton.Context')]
    param(
        [Parameter(Mandatory, Position = 0)][Alias('WebServiceEndpoint')][ValidateNotNullOrEmpty()][string] $Url,
        [ValidateRange(1, 65535)][int] $Port,
        [Parameter(Mandatory, Position = 1, ParameterSetName = 'Token')][ValidateNotNull()][object] $Token,
        [Parameter(Mandatory, ParameterSetName = 'Credential')][System.Management.Automation.PSCredential][System.Management.Automation.Credential()] $Credential,
        [switch] $AllowUnencryptedConnection
    )
    $uri = $null
    if (-not [uri]::TryCreate($Url.TrimEnd('/'), [System.UriKind]::Absolute, [ref]$uri) -or $uri.Scheme -notin 'http', 'https') {
        $PSCmdlet.ThrowTerminatingError((New-BatonErrorRecord -Message "-Url must be an absolute http or https URL such as https://baton.example.org, not '$Url'" -ErrorId 'InvalidUrl' -Category InvalidArgument -Target $Url))
    }
    if ($Port) {
        $withPort = [System.UriBuilder]::new($uri)
        $withPort.Port = $Port
        $uri = $withPort.Uri
    }
    if ($uri.Scheme -eq 'http' -and -not $uri.IsLoopback -and -not $AllowUnencryptedConnection) {
        $PSCmdlet.ThrowTerminatingError((New-BatonErrorRecord -Message "$Url is plain http: the API token would cross the network unencrypted. Use https, or pass -AllowUnencryptedConnection." -ErrorId 'UnencryptedConnection' -Category SecurityError -Target $Url))
    }
    $secret = if ($PSCmdlet.ParameterSetName -eq 'Credential') {
        $Credential.Password
    } elseif ($Token -is [securestring]) {
        $Token
    } elseif ($Token -is [string] -and $Token) {
        ConvertTo-SecureString -String $Token -AsPlainText -Force
    } else {
        $PSCmdlet.ThrowTerminatingError((New-BatonErrorRecord -Message '-Token must be the API token as a string or a SecureString' -ErrorId 'InvalidToken' -Category InvalidArgument -Target $Token))
    }
    $baseUrl = $uri.GetLeftPart([System.UriPartial]::Path).TrimEnd('/')
    $candidate = [pscustomobject]@{ Url = $baseUrl }
    try {
        $me = Invoke-BatonApi -Method GET -Path 'me' -Connection $candidate -Token $secret -Target $baseUrl -NoRetry
    } catch {
        $failure = $_
        $message = if ($failure.CategoryInfo.Category -eq 'AuthenticationError') {
            "Baton at $baseUrl did not accept the token: $($failure.Exception.Message)"
        } else {
            "Cannot connect to Baton at ${baseUrl}: $($failure.Exception.Message)"
        }
        $PSCmdlet.ThrowTerminatingError((New-BatonErrorRecord -Message $message -ErrorId 'ConnectFailed' -Category $failure.CategoryInfo.Category -Target $baseUrl -Exception ([System.InvalidOperationException]::new($message, $failure.Exception))))
    }
    if ($null -eq $me -or -not $me.PSObject.Properties['name']) {
        $PSCmdlet.ThrowTerminatingError((New-BatonErrorRecord -Message "$baseUrl answered, but not like a Baton server: check the URL" -ErrorId 'NotBaton' -Category InvalidResult -Target $baseUrl))
    }
    $script:BatonToken = $secret
    $script:BatonConnection = [pscustomobject]@{
        PSTypeName  = 'Baton.Context'
        Url         = $baseUrl
        UserName    = $me.name
        Kind        = $me.kind
        Roles       = @($me.grants | ForEach-Object { if ($_.scopeTag) { "$($_.role) ($($_.scopeTag))" } else { $_.role } })
        Permissions = @($me.permissions)
        ConnectedAt = [datetime]::UtcNow
    }
    $script:BatonConnection
}
