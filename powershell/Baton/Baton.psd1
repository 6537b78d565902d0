@{
    RootModule           = 'Baton.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '6b0f3c5e-2d8a-4f0e-9a47-8d2b1f6c4e93'
    Author               = 'The Baton authors'
    CompanyName          = 'Baton'
    Copyright            = '(c) The Baton authors. MIT License.'
    Description          = 'Manage a Baton runbook automation server from PowerShell: runbooks, jobs and their output, variables, credentials, connections, certificates, schedules and workers. SMA-style aliases included.'
    PowerShellVersion    = '7.2'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('Baton.format.ps1xml')
    TypesToProcess       = @('Baton.types.ps1xml')
    FunctionsToExport    = @(
        'Connect-Baton', 'Disconnect-Baton', 'Get-BatonContext',
        'Get-BatonRunbook', 'Get-BatonRunbookDefinition', 'New-BatonRunbook', 'Remove-BatonRunbook', 'Import-BatonRunbook', 'Edit-BatonRunbook', 'Publish-BatonRunbook',
        'Start-BatonRunbook', 'Start-SmaRunbook', 'Get-BatonJob', 'Wait-BatonJob', 'Get-BatonJobOutput', 'Stop-BatonJob', 'Suspend-BatonJob', 'Resume-BatonJob',
        'Get-BatonVariable', 'Set-BatonVariable', 'Remove-BatonVariable', 'Get-BatonCredential', 'Set-BatonCredential', 'Remove-BatonCredential',
        'Get-BatonConnection', 'New-BatonConnection', 'Set-BatonConnectionFieldValue', 'Remove-BatonConnection', 'Get-BatonCertificate', 'Import-BatonCertificate', 'Remove-BatonCertificate',
        'Get-BatonSchedule', 'New-BatonSchedule', 'Set-BatonSchedule', 'Remove-BatonSchedule',
        'Get-BatonScheduledRunbook', 'Register-BatonScheduledRunbook', 'Unregister-BatonScheduledRunbook',
        'Get-BatonWorker'
    )
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @(
        'Get-SmaRunbook', 'Get-SmaRunbookDefinition', 'Import-SmaRunbook', 'Edit-SmaRunbook', 'Publish-SmaRunbook', 'Remove-SmaRunbook',
        'Get-SmaJob', 'Get-SmaJobOutput', 'Stop-SmaJob', 'Suspend-SmaJob', 'Resume-SmaJob',
        'Get-SmaVariable', 'Set-SmaVariable', 'Remove-SmaVariable', 'Get-SmaCredential', 'Set-SmaCredential', 'Remove-SmaCredential',
        'Get-SmaConnection', 'New-SmaConnection', 'Set-SmaConnectionFieldValue', 'Remove-SmaConnection', 'Get-SmaCertificate', 'Remove-SmaCertificate',
        'Get-SmaSchedule', 'Remove-SmaSchedule', 'Register-SmaSchedule', 'Unregister-SmaSchedule', 'Get-SmaRunbookWorkerDeployment'
    )
    PrivateData          = @{
        PSData = @{
            Tags = @('Baton', 'Automation', 'Runbook', 'SMA')
        }
    }
}
