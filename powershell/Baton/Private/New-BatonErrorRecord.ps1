function New-BatonErrorRecord {
    # An ErrorRecord whose FullyQualifiedErrorId starts with "Baton." so scripts can catch by id.
    [CmdletBinding()]
    [OutputType([System.Management.Automation.ErrorRecord])]
    param(
        [Parameter(Mandatory)][string] $Message,
        [Parameter(Mandatory)][string] $ErrorId,
        [Parameter(Mandatory)][System.Management.Automation.ErrorCategory] $Category,
        [object] $Target,
        [System.Exception] $Exception
    )
    if (-not $Exception) { $Exception = [System.InvalidOperationException]::new($Message) }
    [System.Management.Automation.ErrorRecord]::new($Exception, "Baton.$ErrorId", $Category, $Target)
}
