# Baton's own script (not from a public repository): a runbook that imports a module with its own
# format data (modules/PlanetTools, uploaded as an integration module for the job) and takes typed
# parameters of several kinds.
param(
    [ValidateSet('Inner', 'Outer', 'All')][string] $Region = 'All',
    [ValidateRange(0, 200)][int] $MinMoons = 0,
    [double] $MaxDistance = 100,
    [switch] $Wide,
    [datetime] $AsOf = '2024-01-01'
)
Import-Module PlanetTools
"Report of $Region planets as of $($AsOf.ToString('yyyy-MM-dd'))"
$planets = Get-Planet | Where-Object { $_.Moons -ge $MinMoons -and $_.DistanceAU -le $MaxDistance }
$planets
$planets | Format-List
if ($Wide) { $planets | Format-Wide -Column 3 }
$planets | Select-Object -First 1 | Format-Custom
"$(@($planets).Count) planets"
