# From sinlov/powershell-playground, basics/09-for.ps1 (commit 3272700), unchanged.
Write-Output "`nUse @() to define array"
$ALGORITHMS = @("MD5", "SHA1", "SHA256")

Write-Output "`nUse pipeline and ForEach-Object"
$ALGORITHMS | ForEach-Object {
  Write-Output $_ #for each
}
