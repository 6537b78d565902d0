function New-BatonRunbook {
    <#
    .SYNOPSIS
    Creates a runbook, optionally with its first draft.

    .DESCRIPTION
    Creates a PowerShell runbook. The script (-Content or -Path) becomes its draft; publish it
    with Publish-BatonRunbook before starting jobs. To create a runbook from a .ps1 file named
    after it, Import-BatonRunbook is shorter.

    .PARAMETER Name
    The runbook name: a letter first, then letters, digits, '-' or '_' (at most 63).

    .PARAMETER Description
    What the runbook does.

    .PARAMETER Tag
    Tags, which also scope role assignments.

    .PARAMETER Content
    The script text of the first draft.

    .PARAMETER Path
    A .ps1 file whose text becomes the first draft.

    .EXAMPLE
    New-BatonRunbook -Name Restart-Service -Description 'Restarts a service' -Tag ops -Content 'param([string]$Name) Restart-Service $Name'

    .OUTPUTS
    Baton.Runbook
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low', DefaultParameterSetName = 'Content')]
    [OutputType('Baton.Runbook')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(ValueFromPipelineByPropertyName)][string] $Description = '',
        [Parameter(ValueFromPipelineByPropertyName)][Alias('Tags')][string[]] $Tag = @(),
        [Parameter(ParameterSetName = 'Content')][AllowEmptyString()][string] $Content = '',
        [Parameter(Mandatory, ParameterSetName = 'Path')][ValidateNotNullOrEmpty()][string] $Path
    )
    process {
        try {
            $script = if ($PSCmdlet.ParameterSetName -eq 'Path') { Read-BatonScriptFile -Path $Path } else { $Content }
            if (-not $PSCmdlet.ShouldProcess($Name, 'Create runbook')) { return }
            $body = @{ name = $Name; description = $Description; tags = @($Tag); content = $script }
            Invoke-BatonApi -Method POST -Path 'runbooks' -Body $body -Target $Name | ConvertTo-BatonObject -TypeName 'Baton.Runbook'
        } catch { $PSCmdlet.WriteError($_) }
    }
}
