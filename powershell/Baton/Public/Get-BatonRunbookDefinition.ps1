function Get-BatonRunbookDefinition {
    <#
    .SYNOPSIS
    Gets the script text of a runbook's draft or published version.

    .DESCRIPTION
    Returns the script with its version number, content hash and who saved it. Save it to a file
    with -OutFile, e.g. to keep runbooks in source control (SMA's Get-SmaRunbookDefinition).

    .PARAMETER Name
    The runbook's name; accepts runbooks from the pipeline.

    .PARAMETER Id
    The runbook's id.

    .PARAMETER Type
    Draft (the default) or Published.

    .PARAMETER OutFile
    Writes the script to this file (UTF-8) instead of returning the definition.

    .EXAMPLE
    (Get-BatonRunbookDefinition -Name Restart-Spooler -Type Published).Content

    .EXAMPLE
    Get-BatonRunbook | ForEach-Object { Get-BatonRunbookDefinition -Name $_.Name -Type Published -OutFile "./runbooks/$($_.Name).ps1" }

    .OUTPUTS
    Baton.RunbookDefinition
    #>
    [CmdletBinding(DefaultParameterSetName = 'Name')]
    [OutputType('Baton.RunbookDefinition')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'Name', ValueFromPipeline, ValueFromPipelineByPropertyName)][ValidateNotNullOrEmpty()][string] $Name,
        [Parameter(Mandatory, ParameterSetName = 'Id')][Alias('RunbookId')][ValidateNotNullOrEmpty()][string] $Id,
        [ValidateSet('Draft', 'Published')][string] $Type = 'Draft',
        [ValidateNotNullOrEmpty()][string] $OutFile
    )
    process {
        $label = if ($Name) { $Name } else { $Id }
        try {
            $runbookId = Get-BatonRunbookId -Name $Name -Id $Id
            $definition = Invoke-BatonApi -Method GET -Path "runbooks/$([uri]::EscapeDataString($runbookId))/content" -Query @{ version = $Type.ToLowerInvariant() } -Target $label
            if ($OutFile) {
                $target = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($OutFile)
                [System.IO.File]::WriteAllText($target, $definition.content, [System.Text.UTF8Encoding]::new($false))
                return
            }
            $result = ConvertTo-BatonObject -TypeName 'Baton.RunbookDefinition' -InputObject $definition
            $result | Add-Member -NotePropertyName RunbookName -NotePropertyValue $label -PassThru
        } catch { $PSCmdlet.WriteError($_) }
    }
}
