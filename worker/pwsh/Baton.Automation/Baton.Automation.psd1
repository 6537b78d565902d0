@{
    RootModule        = 'Baton.Automation.psm1'
    ModuleVersion     = '1.0.0'
    GUID              = '6f0d7a52-3c1e-4b8e-9a55-0b2f3c7d9e41'
    Author            = 'Baton'
    Description       = 'Azure Automation cmdlets for Baton runbooks: assets, checkpoints and child runbooks, served by the Baton automation API with the job''s own token.'
    PowerShellVersion = '7.4'
    FunctionsToExport = @(
        'Initialize-BatonAutomation'
        'Get-AutomationVariable'
        'Set-AutomationVariable'
        'Get-AutomationPSCredential'
        'Get-AutomationConnection'
        'Get-AutomationCertificate'
        'Start-AutomationRunbook'
        'Wait-AutomationJob'
        'Set-AutomationCheckpoint'
        'Get-AutomationCheckpoint'
    )
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
