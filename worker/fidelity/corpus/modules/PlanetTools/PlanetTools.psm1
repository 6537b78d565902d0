function Get-Planet {
    [CmdletBinding()]
    param([string] $Name = '*')
    $planets = @(
        @('Mercury', 0, 0.39, $false), @('Venus', 0, 0.72, $false), @('Earth', 1, 1.0, $false), @('Mars', 2, 1.52, $false),
        @('Jupiter', 95, 5.2, $true), @('Saturn', 146, 9.54, $true), @('Uranus', 28, 19.19, $true), @('Neptune', 16, 30.07, $true)
    )
    foreach ($p in $planets) {
        if ($p[0] -notlike $Name) { continue }
        [pscustomobject]@{ PSTypeName = 'PlanetTools.Planet'; Name = $p[0]; Moons = $p[1]; DistanceAU = $p[2]; Rings = $p[3] }
    }
}
