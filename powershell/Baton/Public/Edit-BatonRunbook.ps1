function Edit-BatonRunbook {
    <#
    .SYNOPSIS
    Replaces a runbook's draft with a script from a file or a string.

    .DESCRIPTION
    Saves the script as the runbook's draft (the published version is untouched until
    Publish-BatonRunbook). Like SMA's Edit-SmaRunbook -Overwrite, the draft is replaced whole.

    .PARAMETER Name
    The runbook's name; accepts runbooks from the pipeline.

    .PARAMETER Id
    The runbook's id.

    .PARAMETER Path
    A .ps1 file with the new draft.

    .PARAMETER Content
    The new draft's text.

    .PARAMETER Publish
    Publishes the draft right after saving it.

    .EXAMPLE
    Edit-BatonRunbook -Name Restart-Service -Path ./Restart-Service.ps1 -Publish

    .OUTPUTS
    Baton.Runbook
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium', DefaultParameterSetName = 'NamePath')]
    [OutputType('Baton.Runbook')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'NamePath', ValueFromPipelineByPropertyName)]
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'NameContent', ValueFromPipelineByPropertyName)]
        [ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, ParameterSetName = 'IdPath')]
        [Parameter(Mandatory, ParameterSetName = 'IdContent')]
        [Alias('RunbookId')][ValidateNotNullOrEmpty()][string] $Id,
        [Parameter(Mandatory, ParameterSetName = 'NamePath')]
        [Parameter(Mandatory, ParameterSetName = 'IdPath')]
        [ValidateNotNullOrEmpty()][string] $Path,
        [Parameter(Mandatory, ParameterSetName = 'NameContent')]
        [Parameter(Mandatory, ParameterSetName = 'IdContent')]
        [AllowEmptyString()][string] $Content,
        [switch] $Publish
    )
    process {
        try {
            $script = if ($Path) { Read-BatonScriptFile -Path $Path } else { $Content }
            $runbookId = Get-BatonRunbookId -Name $Name -Id $Id
            $label = if ($Name) { $Name } else { $Id }
            if (-not $PSCmdlet.ShouldProcess($label, 'Replace the draft')) { return }
            $escaped = [uri]::EscapeDataString($runbookId)
            $null = Invoke-BatonApi -Method PUT -Path "runbooks/$escaped/draft" -Body @{ content = $script } -Target $label
            $runbook = if ($Publish) {
                Invoke-BatonApi -Method POST -Path "runbooks/$escaped/publish" -Target $label
            } else {
                Invoke-BatonApi -Method GET -Path "runbooks/$escaped" -Target $label
            }
            $runbook | ConvertTo-BatonObject -TypeName 'Baton.Runbook'
        } catch { $PSCmdlet.WriteError($_) }
    }
}
