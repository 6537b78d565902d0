@{
    RootModule        = 'PlanetTools.psm1'
    ModuleVersion     = '1.0.0'
    GUID              = '6d1f2c1e-5b8a-4f5e-9a53-2f0c6a1e7b10'
    Author            = 'Baton'
    Description       = 'A tiny module with its own format data, for the fidelity corpus.'
    FunctionsToExport = @('Get-Planet')
    FormatsToProcess  = @('PlanetTools.format.ps1xml')
}
