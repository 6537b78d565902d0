<#
    Drives the Baton module against a running Baton server (web service + worker), as an operator
    would. Plain PowerShell with assertions that throw (Pester is not part of the pwsh install):
    the first failed check stops the run with exit code 1. The last line of output is a JSON
    summary ({ passed: [...], failed: null | "...", suffix }) that e2e/powershell-module.spec.ts parses.

    $env:BATON_TOKEN = 'bat_...'; pwsh -File RoundTrip.Tests.ps1 -Url http://127.0.0.1:3000
#>
param(
    [Parameter(Mandatory)][string] $Url,
    # An administrator's API token; from the environment so it does not show in process lists.
    [ValidateNotNullOrEmpty()][string] $Token = $env:BATON_TOKEN,
    # A token of a user holding only the Reader role; the permission checks are skipped without it.
    [string] $ReaderToken = $env:BATON_READER_TOKEN,
    [string] $ModulePath = (Join-Path $PSScriptRoot '..'),
    # The schedule cmdlets are checked when the server has the schedules API.
    [switch] $ExpectSchedules
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$passed = [System.Collections.Generic.List[string]]::new()
$suffix = [guid]::NewGuid().ToString('N').Substring(0, 8)

function Assert-True([bool] $Condition, [string] $Message) {
    if (-not $Condition) { throw "Assertion failed: $Message" }
}

function Assert-Equal([object] $Expected, [object] $Actual, [string] $Message) {
    if ($Expected -ne $Actual) { throw "Assertion failed: $Message (expected '$Expected', got '$Actual')" }
}

# Runs the block, which must fail, and returns the ErrorRecord.
function Get-ErrorOf([scriptblock] $Block) {
    try { & $Block } catch { return $_ }
    throw 'Assertion failed: expected an error, but the command succeeded'
}

function Step([string] $Name, [scriptblock] $Block) {
    & $Block
    $passed.Add($Name)
    Write-Host "ok - $Name"
}

function Wait-JobStatus([string] $Id, [string[]] $Status, [int] $TimeoutSeconds = 60) {
    $deadline = [datetime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ([datetime]::UtcNow -lt $deadline) {
        $job = Get-BatonJob -Id $Id
        if ($job.Status -in $Status) { return $job }
        Start-Sleep -Milliseconds 250
    }
    throw "Job $Id did not reach $($Status -join '/') within $TimeoutSeconds s (last: $($job.Status))"
}

try {
    Step 'module manifest is valid and exports every command with help' {
        $manifest = Test-ModuleManifest -Path (Join-Path $ModulePath 'Baton.psd1')
        Assert-True ($manifest.PowerShellVersion -ge [version]'7.2') 'the manifest requires PowerShell 7.2 or later'
        Import-Module $ModulePath -Force
        $module = Get-Module Baton
        $exported = @($module.ExportedFunctions.Keys)
        $onDisk = @(Get-ChildItem (Join-Path $ModulePath 'Public') -Filter *.ps1 | ForEach-Object BaseName)
        Assert-Equal (($onDisk | Sort-Object) -join ',') (($exported | Sort-Object) -join ',') 'FunctionsToExport lists exactly the public functions'
        foreach ($name in $exported) {
            $help = Get-Help $name -Full
            Assert-True ($help.Synopsis -and $help.Synopsis -notmatch "^\s*$name\s") "$name has a comment-based SYNOPSIS"
            Assert-True (@($help.examples.example).Count -ge 1) "$name has an example"
        }
        foreach ($alias in $module.ExportedAliases.Values) {
            Assert-True ($exported -contains $alias.Definition) "$($alias.Name) points to an exported function"
        }
        foreach ($sma in 'Get-SmaJob', 'Get-SmaJobOutput', 'Set-SmaVariable', 'Get-SmaVariable', 'Set-SmaCredential', 'Stop-SmaJob',
            'Remove-SmaCredential', 'Get-SmaConnection', 'New-SmaConnection', 'Remove-SmaConnection', 'Get-SmaCertificate', 'Remove-SmaCertificate') {
            Assert-True ($null -ne (Get-Alias $sma -ErrorAction SilentlyContinue)) "$sma is exported"
        }
        # SMA's Start-SmaRunbook returns a job id, not a job: a function of its own, not an alias.
        Assert-Equal 'Function' ([string](Get-Command Start-SmaRunbook).CommandType) 'Start-SmaRunbook is a function'
        Assert-True (@($module.ExportedTypeFiles -match 'Baton\.types\.ps1xml$').Count -eq 1) 'the SMA property names are loaded'
    }

    Step 'API errors map to PowerShell error categories' {
        $cases = @{ 400 = 'InvalidArgument'; 401 = 'AuthenticationError'; 403 = 'PermissionDenied'; 404 = 'ObjectNotFound'; 409 = 'ResourceExists'; 413 = 'LimitsExceeded'; 415 = 'InvalidArgument'; 422 = 'InvalidArgument'; 429 = 'LimitsExceeded'; 503 = 'ResourceUnavailable' }
        foreach ($status in $cases.Keys) {
            $body = [pscustomobject]@{ error = [pscustomobject]@{ code = 'x'; message = "message $status"; field = 'name' } }
            $record = & (Get-Module Baton) { param($s, $b) ConvertTo-BatonApiErrorRecord -StatusCode $s -Body $b -Uri 'http://x/api/v1/y' } $status $body
            Assert-Equal $cases[$status] ([string]$record.CategoryInfo.Category) "HTTP $status"
            Assert-Equal "message $status" $record.Exception.Message "HTTP $status keeps the API's message"
            Assert-Equal 'name' $record.Exception.Data['Field'] "HTTP $status keeps the field"
        }
    }

    Step 'cmdlets refuse to run before Connect-Baton' {
        $err = Get-ErrorOf { Get-BatonRunbook }
        Assert-Equal 'Baton.NotConnected,Get-BatonRunbook' $err.FullyQualifiedErrorId 'not connected error id'
        Assert-True ($err.Exception.Message -match 'Connect-Baton') 'the message says to run Connect-Baton'
    }

    Step 'Connect-Baton rejects a bad token, an unreachable URL and plain http to another host' {
        $err = Get-ErrorOf { Connect-Baton -Url $Url -Token 'bat_not-a-real-token' }
        Assert-Equal 'AuthenticationError' ([string]$err.CategoryInfo.Category) 'bad token category'
        Assert-True ($err.Exception.Message -match 'did not accept the token') "bad token message: $($err.Exception.Message)"
        $closed = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $closed.Start(); $port = $closed.LocalEndpoint.Port; $closed.Stop()
        $err = Get-ErrorOf { Connect-Baton -Url "http://127.0.0.1:$port" -Token $Token }
        Assert-Equal 'ConnectionError' ([string]$err.CategoryInfo.Category) 'unreachable category'
        Assert-True ($err.Exception.Message -match "Cannot connect to Baton at http://127.0.0.1:$port") "unreachable message: $($err.Exception.Message)"
        $err = Get-ErrorOf { Connect-Baton -Url 'http://baton.example.org' -Token $Token }
        Assert-Equal 'SecurityError' ([string]$err.CategoryInfo.Category) 'plain http to another host'
        Assert-Equal $null (Get-BatonContext) 'no connection is kept after failures'
    }

    Step 'Connect-Baton with a token, and with a PSCredential holding the token' {
        $connection = Connect-Baton -Url "$Url/" -Token $Token
        Assert-Equal $Url $connection.Url 'the trailing slash is dropped'
        Assert-Equal 'token' $connection.Kind 'signed in as a token'
        Assert-True ($connection.Roles -contains 'Administrator') 'the token carries its user roles'
        $credential = [pscredential]::new('ignored', (ConvertTo-SecureString $Token -AsPlainText -Force))
        $again = Connect-Baton -Url $Url -Credential $credential
        Assert-Equal $connection.UserName $again.UserName 'same user through a credential'
        Assert-Equal $again.UserName (Get-BatonContext).UserName 'Get-BatonContext shows the connection'
        Assert-True ((Get-BatonContext).PSObject.TypeNames -contains 'Baton.Context') 'typed Baton.Context'
    }

    Step "Connect-Baton takes SMA's -WebServiceEndpoint and -Port" {
        $server = [uri]$Url
        $connection = Connect-Baton -WebServiceEndpoint "$($server.Scheme)://$($server.Host)" -Port $server.Port -Token $Token
        Assert-Equal $Url $connection.Url 'the port joins the endpoint'
        Assert-Equal 0 @(Get-SmaRunbook -Name "nope-$suffix*").Count 'SMA aliases run on that connection'
    }

    $runbookName = "PsModule-$suffix"
    Step 'New-BatonRunbook, Edit-BatonRunbook and Publish-BatonRunbook' {
        $created = New-BatonRunbook -Name $runbookName -Description 'made by the module test' -Tag psmodule -Content 'Write-Output "draft"'
        Assert-True ($created.PSObject.TypeNames -contains 'Baton.Runbook') 'typed Baton.Runbook'
        Assert-Equal 'new' $created.State 'a new runbook is unpublished'
        Assert-True ($created.UpdatedAt -is [datetime]) 'times are DateTime'
        $script = @'
param([string] $Who = 'world', [int] $Times = 1)
[pscustomobject]@{ Greeting = "Hello, $Who"; Times = $Times }
Write-Warning "warned $Who"
Write-Error "soft failure for $Who"
'done'
'@
        $edited = Edit-BatonRunbook -Name $runbookName -Content $script
        Assert-Equal 'new' $edited.State 'still unpublished after an edit'
        Assert-Equal 'Who' $edited.Draft.parameters[0].name 'the draft parameters are parsed'
        $published = Get-BatonRunbook -Name $runbookName | Publish-BatonRunbook
        Assert-Equal 'published' $published.State 'published through the pipeline'
        Assert-Equal 1 $published.PublishedVersion 'first version'
        $listed = @(Get-BatonRunbook -Name 'PsModule-*' | Where-Object Name -eq $runbookName)
        Assert-Equal 1 $listed.Count 'a wildcard lists it'
        Assert-Equal 1 @(Get-BatonRunbook -Tag psmodule | Where-Object Name -eq $runbookName).Count 'found by tag'
    }

    Step 'Start-BatonRunbook -Wait returns the output objects' {
        $output = @(Start-BatonRunbook -Name $runbookName -Parameters @{ Who = 'pwsh'; Times = 3 } -Wait -PollIntervalSeconds 0.25)
        Assert-Equal 2 $output.Count "two output objects (got: $($output | ConvertTo-Json -Compress))"
        Assert-Equal 'Hello, pwsh' $output[0].Greeting 'the object keeps its properties'
        Assert-Equal 3 $output[0].Times 'and their values'
        Assert-Equal 'done' $output[1] 'strings stay strings'
    }

    Step 'Get-BatonJob and Get-BatonJobOutput -Stream' {
        $job = Get-BatonJob -RunbookName $runbookName -First 1
        Assert-True ($job.PSObject.TypeNames -contains 'Baton.Job') 'typed Baton.Job'
        Assert-Equal 'Completed' $job.Status 'non-terminating errors leave the job Completed'
        $viaRunbook = @(Get-BatonRunbook -Name $runbookName | Get-BatonJob)
        Assert-Equal $job.Id $viaRunbook[0].Id 'runbook | Get-BatonJob lists its jobs'
        Assert-Equal 0 @($viaRunbook | Where-Object RunbookName -ne $runbookName).Count 'and only its jobs'
        $detail = Get-BatonJob -Id $job.Id
        Assert-Equal 'pwsh' $detail.Parameters.Who 'the detail carries the parameters'
        $outputRecords = @(Get-BatonJobOutput -Id $job.Id -Stream Output)
        Assert-Equal 2 $outputRecords.Count 'two output records'
        Assert-Equal 'Hello, pwsh' $outputRecords[0].Value.Greeting 'records carry the object'
        $errors = @($job | Get-BatonJobOutput -Stream Error)
        Assert-Equal 1 $errors.Count 'one error record'
        Assert-True ($errors[0].Text -match 'soft failure for pwsh') "error text: $($errors[0].Text)"
        $both = @(Get-BatonJobOutput -Id $job.Id -Stream Warning, Error)
        Assert-Equal 'Warning,Error' (($both | ForEach-Object Stream) -join ',') 'several streams in the order written'
        $all = @(Get-BatonJobOutput -Id $job.Id)
        Assert-True ($all.Count -ge 4) 'Any returns every stream'
        Assert-True ([bool](@($all | ForEach-Object Seq) -join ',' -eq (@($all | ForEach-Object Seq | Sort-Object) -join ','))) 'records come in order'
    }

    Step 'piping jobs to Get-BatonJob selects those jobs; piping a runbook lists its jobs' {
        $listed = @(Get-BatonJob -RunbookName $runbookName -First 2)
        $again = @($listed | Get-BatonJob)
        Assert-Equal (($listed | ForEach-Object Id) -join ',') (($again | ForEach-Object Id) -join ',') 'each piped job comes back, once'
        Assert-True ($null -ne $again[0].PSObject.Properties['Parameters']) 'with its details'
        $null = Start-BatonRunbook -Name $runbookName -Parameters @{ Who = 'second' } -Wait -PollIntervalSeconds 0.25
        $one = @(Get-BatonJob -RunbookName $runbookName -First 2 | Select-Object -Last 1 | Get-BatonJob)
        Assert-Equal 1 $one.Count 'a single job piped in is that job, not its runbook''s jobs'
        Assert-Equal 'pwsh' $one[0].Parameters.Who 'the older job, by id'
        Assert-Equal $one[0].Id ($one[0].Id | Get-BatonJob).Id 'ids pipe in as strings too'
        Assert-True (@(Get-BatonRunbook -Name $runbookName | Get-BatonJob).Count -ge 2) 'a runbook piped in lists its jobs'
    }

    Step 'pipelines: runbook | Start-BatonRunbook | Wait-BatonJob, and failed jobs | Get-BatonJobOutput' {
        $ended = Get-BatonRunbook -Name $runbookName | Start-BatonRunbook | Wait-BatonJob -PollIntervalSeconds 0.25
        Assert-Equal 'Completed' $ended.Status 'the piped start completed'
        $failing = "PsModuleFail-$suffix"
        $null = New-BatonRunbook -Name $failing -Content "Write-Error 'about to break'`nthrow 'broken on purpose'"
        $null = Publish-BatonRunbook -Name $failing
        $err = Get-ErrorOf { Start-BatonRunbook -Name $failing -Wait -PollIntervalSeconds 0.25 -ErrorAction Stop }
        Assert-True ($err.Exception.Message -match 'ended Failed: .*broken on purpose') "a failed -Wait is an error: $($err.Exception.Message)"
        $failedErrors = @(Get-BatonJob -Status Failed -RunbookName $failing | Get-BatonJobOutput -Stream Error)
        # Errors read as pwsh prints them (ConciseView), and the terminating error is the last record.
        Assert-Equal 2 $failedErrors.Count 'Get-BatonJob -Status Failed | Get-BatonJobOutput -Stream Error: both errors'
        Assert-Equal 'Write-Error: about to break' $failedErrors[0].Text 'the non-terminating error first'
        Assert-True ($failedErrors[1].Text -match 'broken on purpose$') "the terminating error last: $($failedErrors[1].Text)"
    }

    Step 'Import-BatonRunbook -Path names the runbook after the file' {
        $importName = "PsImport-$suffix"
        $file = Join-Path ([System.IO.Path]::GetTempPath()) "$importName.ps1"
        Set-Content -LiteralPath $file -Value 'param([int] $N = 2) $N * 21'
        try {
            $imported = Import-BatonRunbook -Path $file -Published
            Assert-Equal $importName $imported.Name 'named after the file'
            Assert-Equal 'published' $imported.State 'published on import'
            Assert-Equal '42' ((Start-BatonRunbook -Name $importName -Wait -PollIntervalSeconds 0.25) -join '') 'the imported script runs'
            $err = Get-ErrorOf { Import-BatonRunbook -Path $file -ErrorAction Stop }
            Assert-Equal 'ResourceExists' ([string]$err.CategoryInfo.Category) 'importing over an existing runbook needs -Force'
            Set-Content -LiteralPath $file -Value 'param([int] $N = 2) $N * 50'
            $replaced = Get-Item -LiteralPath $file | Import-BatonRunbook -Force -Published
            Assert-Equal 2 $replaced.PublishedVersion '-Force replaced the draft and published version 2'
            $again = Import-BatonRunbook -Path $file -Force -Published
            Assert-Equal 2 $again.PublishedVersion 're-importing the published script publishes nothing new'
            $definition = Get-BatonRunbookDefinition -Name $importName -Type Published
            Assert-Equal 2 $definition.Number 'the published definition is version 2'
            Assert-True ($definition.Content -match '\$N \* 50') 'with the new script'
            $exported = Join-Path ([System.IO.Path]::GetTempPath()) "$importName-export.ps1"
            Get-SmaRunbookDefinition -Name $importName -OutFile $exported
            Assert-Equal (Get-Content -LiteralPath $file -Raw) (Get-Content -LiteralPath $exported -Raw) '-OutFile writes the script'
            Remove-Item -LiteralPath $exported
        } finally { Remove-Item -LiteralPath $file -ErrorAction SilentlyContinue }
    }

    Step 'Stop-BatonJob stops a long-running job; Suspend/Resume continue from a checkpoint' {
        $sleeper = "PsSleep-$suffix"
        $script = @'
$state = Get-AutomationCheckpoint
if ($state) { Write-Output "resumed after $state"; return }
Set-AutomationCheckpoint -State 'step one'
Write-Output 'sleeping'
Start-Sleep -Seconds 300
'@
        $null = New-BatonRunbook -Name $sleeper -Content $script
        $null = Publish-BatonRunbook -Name $sleeper
        $job = Start-BatonRunbook -Name $sleeper
        $null = Wait-JobStatus $job.Id 'Running'
        $null = Stop-BatonJob -Id $job.Id -WhatIf
        Assert-Equal 'Running' (Get-BatonJob -Id $job.Id).Status '-WhatIf does not stop the job'
        $stopping = $job | Stop-BatonJob -PassThru
        Assert-True ($stopping.Status -in 'Stopping', 'Stopped') "stop accepted ($($stopping.Status))"
        Assert-Equal 'Stopped' (Wait-BatonJob -Id $job.Id -TimeoutSeconds 60 -PollIntervalSeconds 0.25).Status 'the job ends Stopped'
        $err = Get-ErrorOf { Stop-BatonJob -Id $job.Id -ErrorAction Stop }
        Assert-Equal 'ResourceExists' ([string]$err.CategoryInfo.Category) 'stopping a stopped job is a 409'

        $job = Start-BatonRunbook -Name $sleeper
        $null = Wait-JobStatus $job.Id 'Running'
        # The checkpoint is saved before 'sleeping' is written, so once it shows the state is stored.
        $deadline = [datetime]::UtcNow.AddSeconds(30)
        while (-not @(Get-BatonJobOutput -Id $job.Id -Stream Output).Count -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 250 }
        $null = $job | Suspend-BatonJob -WhatIf
        Assert-Equal 'Running' (Get-BatonJob -Id $job.Id).Status 'Suspend -WhatIf leaves the job running'
        $suspending = $job | Suspend-BatonJob -PassThru
        Assert-True ($suspending.Status -in 'Suspending', 'Suspended') "suspend accepted ($($suspending.Status))"
        $null = Wait-JobStatus $job.Id 'Suspended'
        $resumed = Get-BatonJob -Id $job.Id | Resume-SmaJob -PassThru
        Assert-True ($resumed.Status -notin 'Suspending', 'Suspended') "resume accepted ($($resumed.Status))"
        Assert-Equal 'Completed' (Wait-BatonJob -Id $job.Id -TimeoutSeconds 60 -PollIntervalSeconds 0.25).Status 'the resumed job completes'
        Assert-True (@(Get-BatonJobOutput -Id $job.Id -Stream Output | ForEach-Object Value) -contains 'resumed after step one') 'it resumed from its checkpoint'
    }

    Step 'Set-/Get-/Remove-BatonVariable with types, -WhatIf and encryption' {
        $name = "PsVar-$suffix"
        Set-BatonVariable -Name $name -Value 'smtp.example.org' -Description 'mail relay'
        $variable = Get-BatonVariable -Name $name
        Assert-True ($variable.PSObject.TypeNames -contains 'Baton.Variable') 'typed Baton.Variable'
        Assert-Equal 'string' $variable.Type 'a string value makes a string variable'
        Assert-Equal 'smtp.example.org' $variable.Value 'value read back'
        $updated = Set-BatonVariable -Name $name -Value 'relay.example.org' -PassThru
        Assert-Equal 'relay.example.org' $updated.Value 'an existing variable is updated'
        Assert-Equal 'mail relay' $updated.Description 'the description stays'
        $err = Get-ErrorOf { Set-BatonVariable -Name $name -Value 7 -ErrorAction Stop }
        Assert-Equal 'InvalidArgument' ([string]$err.CategoryInfo.Category) 'the server checks the value against the type'
        Assert-True ($err.Exception.Message -match 'value: must be a string') "message names the field: $($err.Exception.Message)"

        $number = Set-BatonVariable -Name "$name-int" -Value 42 -PassThru
        Assert-Equal 'integer' $number.Type 'an int makes an integer variable'
        $when = [datetime]::new(2026, 3, 1, 9, 30, 0, [System.DateTimeKind]::Utc)
        $date = Set-BatonVariable -Name "$name-date" -Value $when -PassThru
        Assert-Equal 'datetime' $date.Type 'a DateTime makes a datetime variable'
        $readBack = (Get-BatonVariable -Name "$name-date").Value
        Assert-Equal $when $readBack.ToUniversalTime() 'the DateTime comes back'
        Assert-Equal 'Local' ([string]$readBack.Kind) 'times are shown in local time'
        $json = Set-BatonVariable -Name "$name-json" -Value @{ disk = 90; hosts = @('a', 'b') } -PassThru
        Assert-Equal 'json' $json.Type 'a hashtable makes a json variable'
        Assert-Equal 'b' (Get-BatonVariable -Name "$name-json").Value.hosts[1] 'the object comes back'
        $secret = Set-BatonVariable -Name "$name-secret" -Value 'hunter2' -Encrypted -PassThru
        Assert-True ($secret.IsEncrypted -and $null -eq $secret.Value) 'an encrypted value is never returned'
        $err = Get-ErrorOf { Set-BatonVariable -Name $name -Value 'x' -Encrypted -ErrorAction Stop }
        Assert-True ($err.Exception.Message -match 'applies only when a variable is created') 'an existing plain variable is not silently left unencrypted'
        Assert-Equal 5 @(Get-BatonVariable -Name "$name*").Count 'a wildcard lists all five'

        Remove-BatonVariable -Name $name -WhatIf
        Assert-Equal 'relay.example.org' (Get-BatonVariable -Name $name).Value '-WhatIf leaves the variable'
        Get-BatonVariable -Name "$name*" | Remove-BatonVariable -Confirm:$false
        $err = Get-ErrorOf { Get-BatonVariable -Name $name -ErrorAction Stop }
        Assert-Equal 'ObjectNotFound' ([string]$err.CategoryInfo.Category) 'removed'
        Assert-Equal 0 @(Get-BatonVariable -Name "$name*").Count 'all removed through the pipeline'
    }

    Step 'Set-BatonCredential stores a credential a runbook can read' {
        $name = "PsCred-$suffix"
        $password = ConvertTo-SecureString 'Pa55-word!' -AsPlainText -Force
        $created = Set-BatonCredential -Name $name -Value ([pscredential]::new('svc-backup', $password)) -Description 'backup account' -PassThru
        Assert-True ($created.PSObject.TypeNames -contains 'Baton.Credential') 'typed Baton.Credential'
        Assert-Equal 'svc-backup' $created.UserName 'user name stored'
        Assert-True (-not $created.PSObject.Properties['Password']) 'no password comes back'
        Set-BatonCredential -Name $name -Value ([pscredential]::new('svc-backup2', $password))
        Assert-Equal 'svc-backup2' (Get-BatonCredential -Name $name).UserName 'replaced'
        $reader = "PsCredReader-$suffix"
        $null = New-BatonRunbook -Name $reader -Content "`$c = Get-AutomationPSCredential -Name '$name'; '{0}:{1}' -f `$c.UserName, `$c.GetNetworkCredential().Password.Length"
        $null = Publish-BatonRunbook -Name $reader
        Assert-Equal 'svc-backup2:10' ((Start-BatonRunbook -Name $reader -Wait -PollIntervalSeconds 0.25) -join '') 'the runbook reads user name and password'
    }

    Step 'Remove-BatonCredential honours -WhatIf and -Force for a credential a runbook uses' {
        $name = "PsCred-$suffix"
        Remove-BatonCredential -Name $name -WhatIf
        Assert-Equal $name (Get-BatonCredential -Name $name).Name '-WhatIf leaves the credential'
        $err = Get-ErrorOf { Remove-BatonCredential -Name $name -Confirm:$false -ErrorAction Stop }
        Assert-Equal 'ResourceExists' ([string]$err.CategoryInfo.Category) 'a credential a published runbook uses is kept'
        Assert-True ($err.Exception.Message -match "PsCredReader-$suffix") "the message names the runbook: $($err.Exception.Message)"
        Get-BatonCredential -Name $name | Remove-BatonCredential -Force -Confirm:$false
        $err = Get-ErrorOf { Get-BatonCredential -Name $name -ErrorAction Stop }
        Assert-Equal 'ObjectNotFound' ([string]$err.CategoryInfo.Category) 'removed with -Force through the pipeline'
        Set-SmaCredential -Name "$name-sma" -Value ([pscredential]::new('sma', (ConvertTo-SecureString 'x' -AsPlainText -Force)))
        Remove-SmaCredential -Name "$name-sma" -Confirm:$false
        Assert-Equal 0 @(Get-BatonCredential -Name "$name*").Count 'Remove-SmaCredential removes'
    }

    Step 'New-, Get- and Remove-BatonConnection, secrets kept back' {
        $typeName = "PsType-$suffix"
        $fields = @(@{ name = 'Server' }, @{ name = 'Port'; type = 'integer'; isOptional = $true }, @{ name = 'Password'; isSecret = $true })
        $null = Invoke-RestMethod -Method Post -Uri "$Url/api/v1/connection-types" -Headers @{ Authorization = "Bearer $Token" } -ContentType 'application/json' -Body (@{ name = $typeName; fields = $fields } | ConvertTo-Json -Depth 5)
        try {
            $name = "PsConn-$suffix"
            $created = New-BatonConnection -Name $name -ConnectionTypeName $typeName -ConnectionFieldValues @{ Server = 'sql01'; Port = 1433; Password = 's3cret' } -Description 'sql'
            Assert-True ($created.PSObject.TypeNames -contains 'Baton.Connection') 'typed Baton.Connection'
            Assert-Equal 'sql01' $created.Values.Server 'plain fields come back'
            Assert-Equal $null $created.Values.Password 'secret fields do not'
            Assert-Equal 'Password' ($created.SecretFields -join ',') 'and are named'
            $null = New-SmaConnection -Name "$name-sma" -ConnectionTypeName $typeName -ConnectionFieldValues @{ Server = 'sql02'; Password = 'x' }
            Assert-Equal 2 @(Get-BatonConnection -Name "PsConn-$suffix*").Count 'a wildcard lists both'
            Assert-Equal 2 @(Get-BatonConnection -ConnectionTypeName $typeName).Count '-ConnectionTypeName filters'
            Assert-Equal 'sql02' (Get-SmaConnection -Name "$name-sma").Values.Server 'Get-SmaConnection'
            $err = Get-ErrorOf { New-BatonConnection -Name "$name-bad" -ConnectionTypeName $typeName -ConnectionFieldValues @{ Server = 'x'; Password = 'x'; Port = 'many' } -ErrorAction Stop }
            Assert-Equal 'InvalidArgument' ([string]$err.CategoryInfo.Category) 'the server checks field values'
            Assert-True ($err.Exception.Message -match 'Port') "the message names the field: $($err.Exception.Message)"
            $err = Get-ErrorOf { New-BatonConnection -Name $name -ConnectionTypeName $typeName -ConnectionFieldValues @{ Server = 'x'; Password = 'x' } -ErrorAction Stop }
            Assert-Equal 'ResourceExists' ([string]$err.CategoryInfo.Category) 'duplicate name'
            $null = New-BatonConnection -Name "$name-whatif" -ConnectionTypeName $typeName -ConnectionFieldValues @{ Server = 'x'; Password = 'x' } -WhatIf
            Assert-Equal 0 @(Get-BatonConnection -Name "$name-whatif*").Count 'New -WhatIf creates nothing'

            $changed = Set-BatonConnectionFieldValue -ConnectionName $name -ConnectionFieldName Server -Value 'sql03' -PassThru
            Assert-Equal 'sql03' $changed.Values.Server 'one field changed'
            Assert-Equal 1433 $changed.Values.Port 'the others kept'
            Get-BatonConnection -Name $name | Set-SmaConnectionFieldValue -ConnectionFieldName Port -Value $null
            Assert-Equal $null (Get-BatonConnection -Name $name).Values.Port 'Set-SmaConnectionFieldValue cleared the optional field through the pipeline'
            Set-BatonConnectionFieldValue -ConnectionName $name -ConnectionFieldName Server -Value 'sql04' -WhatIf
            Assert-Equal 'sql03' (Get-BatonConnection -Name $name).Values.Server 'Set -WhatIf changes nothing'
            $err = Get-ErrorOf { Set-BatonConnectionFieldValue -ConnectionName $name -ConnectionFieldName Port -Value 'many' -ErrorAction Stop }
            Assert-Equal 'InvalidArgument' ([string]$err.CategoryInfo.Category) 'the server checks the field type'
            $reader = "PsConnReader-$suffix"
            $null = New-BatonRunbook -Name $reader -Content "`$c = Get-AutomationConnection -Name '$name'; '{0}:{1}' -f `$c.Server, `$c.Password.Length"
            $null = Publish-BatonRunbook -Name $reader
            Assert-Equal 'sql03:6' ((Start-BatonRunbook -Name $reader -Wait -PollIntervalSeconds 0.25) -join '') 'a runbook reads every field, the secret kept through the edits'

            Remove-BatonConnection -Name $name -WhatIf
            Assert-Equal $name (Get-BatonConnection -Name $name).Name 'Remove -WhatIf leaves the connection'
            Remove-SmaConnection -Name "$name-sma" -Confirm:$false
            Get-BatonConnection -Name $name | Remove-BatonConnection -Force -Confirm:$false
            Assert-Equal 0 @(Get-BatonConnection -Name "PsConn-$suffix*").Count 'removed through the alias and the pipeline'
        } finally {
            $null = Invoke-RestMethod -Method Delete -Uri "$Url/api/v1/connection-types/$typeName" -Headers @{ Authorization = "Bearer $Token" }
        }
    }

    Step 'Import-, Get- and Remove-BatonCertificate with a .pfx and a .cer' {
        $name = "PsCert-$suffix"
        $key = [System.Security.Cryptography.RSA]::Create(2048)
        $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new("CN=$name", $key, 'SHA256', [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
        $x509 = $request.CreateSelfSigned([datetimeoffset]::UtcNow.AddDays(-1), [datetimeoffset]::UtcNow.AddDays(365))
        $pfx = Join-Path ([System.IO.Path]::GetTempPath()) "$name.pfx"
        $cer = Join-Path ([System.IO.Path]::GetTempPath()) "$name.cer"
        [System.IO.File]::WriteAllBytes($pfx, $x509.Export('Pfx', 'pfx-pass'))
        [System.IO.File]::WriteAllBytes($cer, $x509.Export('Cert'))
        try {
            $imported = Import-BatonCertificate -Path $pfx -Password (ConvertTo-SecureString 'pfx-pass' -AsPlainText -Force) -Description 'client cert'
            Assert-True ($imported.PSObject.TypeNames -contains 'Baton.Certificate') 'typed Baton.Certificate'
            Assert-Equal $name $imported.Name 'named after the file'
            Assert-Equal $x509.Thumbprint $imported.Thumbprint 'the server read the certificate'
            Assert-True ($imported.HasPrivateKey -and $imported.Format -eq 'pfx') 'a .pfx keeps its private key'
            Assert-True ($imported.NotAfter -is [datetime]) 'validity as DateTime'
            Assert-Equal 'valid' (Get-BatonCertificate -Name $name).Expiry 'Get-BatonCertificate'
            $err = Get-ErrorOf { Import-BatonCertificate -Path $pfx -ErrorAction Stop }
            Assert-Equal 'ResourceExists' ([string]$err.CategoryInfo.Category) 'importing over an existing certificate needs -Force'
            $err = Get-ErrorOf { Import-BatonCertificate -Path $pfx -Name "$name-nopass" -ErrorAction Stop }
            Assert-Equal 'InvalidArgument' ([string]$err.CategoryInfo.Category) "a .pfx without its password is refused: $($err.Exception.Message)"
            $replaced = Get-Item -LiteralPath $cer | Import-BatonCertificate -Force
            Assert-True (-not $replaced.HasPrivateKey -and $replaced.Format -eq 'cer') '-Force replaced it with the .cer'
            Assert-Equal 'client cert' $replaced.Description 'the description stays'
            $null = Import-BatonCertificate -Path $cer -Name "$name-whatif" -WhatIf
            Assert-Equal 0 @(Get-BatonCertificate -Name "$name-whatif*").Count 'Import -WhatIf uploads nothing'
            Assert-Equal $x509.Thumbprint (Get-SmaCertificate -Name $name).Thumbprint 'Get-SmaCertificate'

            Remove-BatonCertificate -Name $name -WhatIf
            Assert-Equal $name (Get-BatonCertificate -Name $name).Name 'Remove -WhatIf leaves the certificate'
            Remove-SmaCertificate -Name $name -Confirm:$false
            Assert-Equal 0 @(Get-BatonCertificate -Name "$name*").Count 'removed'
        } finally { Remove-Item -LiteralPath $pfx, $cer -ErrorAction SilentlyContinue }
    }

    Step 'list cmdlets follow nextCursor pages' {
        $all = @(Get-BatonJob)
        Assert-True ($all.Count -ge 7) "enough jobs for three pages of 3 ($($all.Count))"
        $paged = @(& (Get-Module Baton) { Invoke-BatonApiList -Path 'jobs' -Query @{ limit = 3 } })
        Assert-Equal (($all | ForEach-Object Id) -join ',') (($paged | ForEach-Object id) -join ',') 'pages of 3 add up to the whole list, in order'
        Assert-Equal 5 @(Get-BatonJob -First 5).Count '-First stops early'
        $runbooks = @(& (Get-Module Baton) { Invoke-BatonApiList -Path 'runbooks' -Query @{ limit = 1 } })
        Assert-Equal (@(Get-BatonRunbook).Count) $runbooks.Count 'runbooks page too'
    }

    Step 'Get-BatonWorker lists the online worker' {
        $workers = @(Get-BatonWorker)
        Assert-True ($workers.Count -ge 1) 'at least one worker'
        Assert-True ($workers[0].PSObject.TypeNames -contains 'Baton.Worker') 'typed Baton.Worker'
        Assert-True (@($workers | Where-Object Online).Count -ge 1) 'one is online'
        Assert-True ($workers[0].LastHeartbeatAt -is [datetime]) 'heartbeat time is a DateTime'
    }

    if ($ExpectSchedules) {
        Step 'New-BatonSchedule -RunbookName, Register-BatonScheduledRunbook, Get- and Remove-BatonSchedule' {
            $name = "PsSchedule-$suffix"
            $start = [datetime]::UtcNow.AddDays(1).Date.AddHours(6)
            $schedule = New-BatonSchedule -Name $name -Kind Weekly -DaysOfWeek Monday, Friday -StartTime $start -TimeZone 'Europe/Berlin' -RunbookName $runbookName -Parameters @{ Who = 'scheduler' }
            Assert-True ($schedule.PSObject.TypeNames -contains 'Baton.Schedule') 'typed Baton.Schedule'
            Assert-Equal 'weekly' $schedule.Kind 'kind'
            Assert-Equal '1,5' ($schedule.WeekDays -join ',') 'days of week as numbers'
            Assert-Equal 1 $schedule.RunbookCount 'linked to the runbook'
            Assert-True ($schedule.NextRunAt -is [datetime]) 'next run computed'
            Assert-True ($schedule.NextRunAt.DayOfWeek -in 'Monday', 'Friday' -or $schedule.NextRunAt.ToUniversalTime().DayOfWeek -in 'Monday', 'Friday') "next run on Monday or Friday ($($schedule.NextRunAt))"
            $link = Register-BatonScheduledRunbook -RunbookName "PsImport-$suffix" -ScheduleName $name -Parameters @{ N = 3 }
            Assert-True ($link.PSObject.TypeNames -contains 'Baton.ScheduledRunbook') 'typed Baton.ScheduledRunbook'
            Assert-Equal 3 $link.Parameters.N 'the link keeps its parameters'
            Assert-Equal 2 (Get-BatonSchedule -Name $name).RunbookCount 'two runbooks on the schedule'
            $links = @(Get-BatonSchedule -Name $name | Get-BatonScheduledRunbook)
            Assert-Equal "PsImport-$suffix,$runbookName" (($links | ForEach-Object RunbookName | Sort-Object) -join ',') 'Get-BatonScheduledRunbook lists both'
            Assert-Equal 'scheduler' ($links | Where-Object RunbookName -eq $runbookName).Parameters.Who 'with their own parameters'
            Get-BatonScheduledRunbook -ScheduleName $name -RunbookName "PsImport-$suffix" | Unregister-BatonScheduledRunbook -Confirm:$false
            Assert-Equal 1 (Get-BatonSchedule -Name $name).RunbookCount 'unregistered through the pipeline'

            $disabled = Set-BatonSchedule -Name $name -Enabled $false -Description 'paused' -PassThru
            Assert-True (-not $disabled.Enabled) 'disabled'
            Assert-Equal 'paused' $disabled.Description 'description changed'
            Assert-Equal 1 @(Get-BatonSchedule -Name 'PsSchedule-*' | Where-Object Name -eq $name).Count 'a wildcard finds it'

            $err = Get-ErrorOf { New-BatonSchedule -Name "$name-bad" -Kind Weekly -StartTime $start -ErrorAction Stop }
            Assert-Equal 'InvalidArgument' ([string]$err.CategoryInfo.Category) 'a weekly schedule without days is refused'
            Assert-True ($err.Exception.Message -match 'weekDays') "the message names the field: $($err.Exception.Message)"
            $err = Get-ErrorOf { New-BatonSchedule -Name "$name-orphan" -Kind Daily -StartTime $start -RunbookName "nope-$suffix" -ErrorAction Stop }
            Assert-Equal 'ObjectNotFound' ([string]$err.CategoryInfo.Category) 'an unknown runbook is refused before the schedule is created'
            Assert-Equal 0 @(Get-BatonSchedule -Name "$name-orphan*").Count 'no schedule was left behind'

            Remove-BatonSchedule -Name $name -WhatIf
            Assert-Equal $name (Get-BatonSchedule -Name $name).Name '-WhatIf leaves the schedule'
            Remove-BatonSchedule -Name $name -Confirm:$false
            $err = Get-ErrorOf { Get-BatonSchedule -Name $name -ErrorAction Stop }
            Assert-Equal 'ObjectNotFound' ([string]$err.CategoryInfo.Category) 'removed'
        }
    }

    Step 'SMA aliases work with SMA parameter names' {
        Set-SmaVariable -Name "PsSma-$suffix" -Value 'from sma'
        Assert-Equal 'from sma' (Get-SmaVariable -Name "PsSma-$suffix").Value 'Set-SmaVariable / Get-SmaVariable'
        Remove-SmaVariable -Name "PsSma-$suffix" -Confirm:$false
    }

    Step "the classic SMA script: Start-SmaRunbook returns the job id; jobs and output carry SMA's property names" {
        # As SMA scripts are written: keep the id, poll the job's JobStatus, then read its output.
        $id = Start-SmaRunbook -Name $runbookName -Parameters @{ Who = 'sma' }
        Assert-True ($id -is [guid]) "Start-SmaRunbook returns the job's id (got $($id.GetType().Name))"
        $deadline = [datetime]::UtcNow.AddSeconds(60)
        do {
            Start-Sleep -Milliseconds 250
            $job = Get-SmaJob -Id $id
        } while ($job.JobStatus -notin 'Completed', 'Failed', 'Stopped', 'Suspended' -and [datetime]::UtcNow -lt $deadline)
        Assert-Equal 'Completed' $job.JobStatus 'JobStatus'
        Assert-Equal "$id" $job.JobId 'JobId'
        Assert-Equal $runbookName $job.RunbookName 'RunbookName'
        foreach ($name in 'CreationTime', 'StartTime', 'EndTime', 'LastModifiedTime') { Assert-True ($job.$name -is [datetime]) "$name is a DateTime" }
        Assert-True ($job.CreationTime -le $job.StartTime -and $job.StartTime -le $job.EndTime -and $job.EndTime -le $job.LastModifiedTime) 'created, started, ended, last modified in order'
        Assert-Equal $null $job.JobException 'a completed job has no JobException'
        $output = @(Get-SmaJobOutput -Id $id -Stream Output)
        Assert-Equal 2 $output.Count 'two output records'
        # StreamText is what the console printed when the record was written: the table's row came with
        # 'done'. When PowerShell was still sizing the table as the script ended (a slow machine), 'done'
        # was held with it and also carries the formatter's closing blank lines.
        Assert-Equal 'done' @($output[1].StreamText -split "`n" | Where-Object { $_.Trim() })[-1] 'StreamText'
        Assert-Equal 'Output' $output[1].StreamTypeName 'StreamTypeName'
        Assert-Equal 'Output' $output[1].StreamType 'StreamType'
        Assert-True ($output[1].StreamTime -is [datetime] -and $output[1].StreamTime -ge $job.StartTime) 'StreamTime'
        Assert-Equal 'warned sma' (Get-SmaJobOutput -Id $id -Stream Warning).StreamText 'another stream'
        $listed = @(Get-SmaJob -RunbookName $runbookName | Where-Object JobId -eq "$id")
        Assert-Equal 'Completed' $listed[0].JobStatus 'listed jobs carry the names too'
        Assert-True ($listed[0].LastModifiedTime -is [datetime]) 'LastModifiedTime of a listed job'

        $failedId = Start-SmaRunbook -Name "PsModuleFail-$suffix"
        $failed = Wait-BatonJob -Id $failedId -PollIntervalSeconds 0.25
        Assert-Equal 'Failed' $failed.JobStatus 'a failing runbook'
        Assert-True ((Get-SmaJob -Id $failedId).JobException -match 'broken on purpose') "JobException: $((Get-SmaJob -Id $failedId).JobException)"

        $before = @(Get-BatonJob -RunbookName $runbookName).Count
        Assert-Equal $null (Start-SmaRunbook -Name $runbookName -WhatIf) '-WhatIf returns nothing'
        Assert-Equal $before @(Get-BatonJob -RunbookName $runbookName).Count '-WhatIf starts no job'
        $err = Get-ErrorOf { Start-SmaRunbook -Name "nope-$suffix" -ErrorAction Stop }
        Assert-Equal 'ObjectNotFound' ([string]$err.CategoryInfo.Category) 'an unknown runbook'
    }

    Step 'default table views fit an 80-column console' {
        $null = Set-BatonVariable -Name "PsWide-$suffix" -Value 'a value' -Description 'shown in a narrow console'
        try {
            $shown = [ordered]@{
                'Get-BatonJob'      = @(Get-BatonJob -RunbookName $runbookName -First 3)
                'Get-BatonRunbook'  = @(Get-BatonRunbook -Name "Ps*-$suffix")
                'Get-BatonVariable' = @(Get-BatonVariable -Name "PsWide-$suffix")
                'Get-BatonWorker'   = @(Get-BatonWorker)
                'Get-BatonContext'  = @(Get-BatonContext)
            }
            foreach ($entry in $shown.GetEnumerator()) {
                Assert-True ($entry.Value.Count -ge 1) "$($entry.Key) returned something to show"
                $lines = @(($entry.Value | Out-String -Width 80) -split "\r?\n" | ForEach-Object TrimEnd | Where-Object { $_ })
                foreach ($line in $lines) { Assert-True ($line.Length -le 80) "$($entry.Key): a line is $($line.Length) columns: '$line'" }
                Assert-Equal ($entry.Value.Count + 2) $lines.Count "$($entry.Key): a header, a rule and one line per object, nothing wrapped"
            }
            # The job table shows what an operator reads first whole: the id, the status and when the job was created.
            $jobs = $shown['Get-BatonJob']
            $narrow = $jobs | Out-String -Width 80
            foreach ($job in $jobs) {
                $row = [regex]::Escape($job.Id) + '\s+' + $job.Status + '\s+\S+\s+' + [regex]::Escape($job.CreatedAt.ToString('yyyy-MM-dd HH:mm'))
                Assert-True ($narrow -match $row) "job $($job.Id) shows whole at 80 columns:`n$narrow"
            }
            # A wider console shows the rest.
            $wide = $jobs | Out-String -Width 140
            Assert-True ($wide -match 'EndedAt\s+StartedBy' -and $wide -match [regex]::Escape($jobs[0].EndedAt.ToString('yyyy-MM-dd HH:mm'))) "EndedAt and StartedBy at 140 columns:`n$wide"
            $records = @(Get-BatonJobOutput -Id $jobs[0].Id)
            foreach ($line in (($records | Out-String -Width 80) -split "\r?\n")) { Assert-True ($line.TrimEnd().Length -le 80) "job output: a line is $($line.TrimEnd().Length) columns" }
        } finally {
            Remove-BatonVariable -Name "PsWide-$suffix" -Confirm:$false
        }
    }

    if ($ReaderToken) {
        Step "a Reader's token reads but cannot write: PermissionDenied" {
            try {
                $connection = Connect-Baton -Url $Url -Token $ReaderToken
                Assert-Equal 'Reader' ($connection.Roles -join ',') 'the reader token carries the Reader role'
                Assert-Equal $runbookName (Get-BatonRunbook -Name $runbookName).Name 'a reader reads runbooks'
                $err = Get-ErrorOf { New-BatonRunbook -Name "PsDenied-$suffix" -ErrorAction Stop }
                Assert-Equal 'PermissionDenied' ([string]$err.CategoryInfo.Category) 'creating a runbook is denied'
                Assert-True ($err.Exception.Message -match 'runbook.write') "the message names the permission: $($err.Exception.Message)"
                $err = Get-ErrorOf { Start-BatonRunbook -Name $runbookName -ErrorAction Stop }
                Assert-Equal 'PermissionDenied' ([string]$err.CategoryInfo.Category) 'starting a job is denied'
                $err = Get-ErrorOf { Set-BatonVariable -Name "PsDenied-$suffix" -Value 1 -ErrorAction Stop }
                Assert-Equal 'PermissionDenied' ([string]$err.CategoryInfo.Category) 'creating a variable is denied'
            } finally {
                $null = Connect-Baton -Url $Url -Token $Token
            }
        }
    }

    Step 'errors: not found, invalid input, duplicates; Remove-BatonRunbook honours -WhatIf' {
        $err = Get-ErrorOf { Get-BatonRunbook -Name "nope-$suffix" -ErrorAction Stop }
        Assert-Equal 'ObjectNotFound' ([string]$err.CategoryInfo.Category) 'unknown runbook'
        Assert-True ($err.Exception.Message -match "Runbook 'nope-$suffix' not found") "message: $($err.Exception.Message)"
        $found = @(Get-BatonRunbook -Name "nope-$suffix", $runbookName -ErrorVariable soft -ErrorAction SilentlyContinue)
        Assert-Equal $runbookName (@($found | ForEach-Object Name) -join ',') 'a missing name among several does not stop the others'
        Assert-Equal 'Baton.not_found,Get-BatonRunbook' $soft[-1].FullyQualifiedErrorId 'it is a non-terminating error of Get-BatonRunbook'
        $err = Get-ErrorOf { New-BatonRunbook -Name '1-bad name' -ErrorAction Stop }
        Assert-Equal 'InvalidArgument' ([string]$err.CategoryInfo.Category) 'invalid name'
        Assert-True ($err.Exception.Message -match '^name: ') "message names the field: $($err.Exception.Message)"
        Assert-Equal 'name' $err.Exception.Data['Field'] 'field carried on the exception'
        $err = Get-ErrorOf { New-BatonRunbook -Name $runbookName -ErrorAction Stop }
        Assert-Equal 'ResourceExists' ([string]$err.CategoryInfo.Category) 'duplicate name'
        $err = Get-ErrorOf { Get-BatonJob -Id ([guid]::NewGuid()) -ErrorAction Stop }
        Assert-Equal 'ObjectNotFound' ([string]$err.CategoryInfo.Category) 'unknown job'

        Remove-BatonRunbook -Name $runbookName -WhatIf
        Assert-Equal $runbookName (Get-BatonRunbook -Name $runbookName).Name '-WhatIf leaves the runbook'
        Get-BatonRunbook -Name "Ps*-$suffix" | Remove-BatonRunbook -Confirm:$false
        Assert-Equal 0 @(Get-BatonRunbook -Name "Ps*-$suffix").Count 'removed through the pipeline'
    }

    Step 'Disconnect-Baton forgets the connection' {
        Disconnect-Baton
        $err = Get-ErrorOf { Get-BatonWorker }
        Assert-Equal 'Baton.NotConnected,Get-BatonWorker' $err.FullyQualifiedErrorId 'not connected after Disconnect-Baton'
    }
    [pscustomobject]@{ passed = $passed; failed = $null; suffix = $suffix } | ConvertTo-Json -Compress
    exit 0
} catch {
    $failure = "$($_.Exception.Message) at $($_.InvocationInfo.PositionMessage)"
    Write-Host "not ok - $failure"
    [pscustomobject]@{ passed = $passed; failed = $failure; suffix = $suffix } | ConvertTo-Json -Compress
    exit 1
}
