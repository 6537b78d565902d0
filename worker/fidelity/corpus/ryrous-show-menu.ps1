# From ryrous/powershell, CreatePSMenu.ps1 (commit 760c448). Trimmed to its Show-Menu function and one
# call: the original then loops on Read-Host until 'q', which never ends without a console.
function Show-Menu {
    param (
        [string]$Title = 'My Menu'
    )
    Clear-Host
    Write-Host "================ $Title ================"
    
    Write-Host "1: Press '1' for this option."
    Write-Host "2: Press '2' for this option."
    Write-Host "3: Press '3' for this option."
    Write-Host "Q: Press 'Q' to quit."
}

Show-Menu
