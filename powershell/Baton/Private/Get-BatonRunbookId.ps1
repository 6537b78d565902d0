function Get-BatonRunbookId {
    # A runbook id from whichever of -Name or -Id a cmdlet was given.
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $Name, [string] $Id)
    if ($Id) { return $Id }
    (Resolve-BatonRunbook -Name $Name).id
}
