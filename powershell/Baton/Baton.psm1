# Client/ holds the HTTP client, which the worker's automation module dot-sources too; otherwise one
# function per file: Private/ holds helpers, Public/ the exported cmdlets (the manifest lists them).
Set-StrictMode -Version 3.0

foreach ($folder in 'Client', 'Private', 'Public') {
    foreach ($file in Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot $folder) -Filter '*.ps1' -File) {
        . $file.FullName
    }
}

# The connection Connect-Baton makes; every cmdlet uses it. The token is kept apart from the
# connection object users see, as a SecureString.
$script:BatonConnection = $null
$script:BatonToken = $null

# SMA's cmdlet names, so scripts and habits from Service Management Automation carry over. The objects
# they return also carry SMA's property names (Baton.types.ps1xml). Start-SmaRunbook is a function of
# its own (Public/Start-SmaRunbook.ps1): SMA's returns the job's id, where Start-BatonRunbook returns the job.
$smaAliases = [ordered]@{
    'Get-SmaRunbook'                   = 'Get-BatonRunbook'
    'Get-SmaRunbookDefinition'         = 'Get-BatonRunbookDefinition'
    'Import-SmaRunbook'                = 'Import-BatonRunbook'
    'Edit-SmaRunbook'                  = 'Edit-BatonRunbook'
    'Publish-SmaRunbook'               = 'Publish-BatonRunbook'
    'Remove-SmaRunbook'                = 'Remove-BatonRunbook'
    'Get-SmaJob'                       = 'Get-BatonJob'
    'Get-SmaJobOutput'                 = 'Get-BatonJobOutput'
    'Stop-SmaJob'                      = 'Stop-BatonJob'
    'Suspend-SmaJob'                   = 'Suspend-BatonJob'
    'Resume-SmaJob'                    = 'Resume-BatonJob'
    'Get-SmaVariable'                  = 'Get-BatonVariable'
    'Set-SmaVariable'                  = 'Set-BatonVariable'
    'Remove-SmaVariable'               = 'Remove-BatonVariable'
    'Get-SmaCredential'                = 'Get-BatonCredential'
    'Set-SmaCredential'                = 'Set-BatonCredential'
    'Remove-SmaCredential'             = 'Remove-BatonCredential'
    'Get-SmaConnection'                = 'Get-BatonConnection'
    'New-SmaConnection'                = 'New-BatonConnection'
    'Remove-SmaConnection'             = 'Remove-BatonConnection'
    'Set-SmaConnectionFieldValue'      = 'Set-BatonConnectionFieldValue'
    'Get-SmaCertificate'               = 'Get-BatonCertificate'
    'Remove-SmaCertificate'            = 'Remove-BatonCertificate'
    'Get-SmaSchedule'                  = 'Get-BatonSchedule'
    'Remove-SmaSchedule'               = 'Remove-BatonSchedule'
    'Register-SmaSchedule'             = 'Register-BatonScheduledRunbook'
    'Unregister-SmaSchedule'           = 'Unregister-BatonScheduledRunbook'
    'Get-SmaRunbookWorkerDeployment'   = 'Get-BatonWorker'
}
foreach ($alias in $smaAliases.GetEnumerator()) { Set-Alias -Name $alias.Key -Value $alias.Value }

$publicFunctions = (Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot 'Public') -Filter '*.ps1' -File).BaseName
Export-ModuleMember -Function $publicFunctions -Alias *
