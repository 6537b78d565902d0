function Get-BatonRunbook {
    <#
    .SYNOPSIS
    Gets runbooks: all of them, by name (wildcards allowed), by tag or by id.

    .DESCRIPTION
    Without a name, lists every runbook you may read. An exact name returns that runbook's full
    properties (logging, limits, draft and published versions with their parameters) and is an
    ObjectNotFound error when no runbook has it; a wildcard name lists the matching runbooks.

    .PARAMETER Name
    Runbook names; wildcards (*, ?) list the matches. Accepts pipeline input, also from objects
    with a RunbookName property such as jobs.

    .PARAMETER Id
    Runbook ids.

    .PARAMETER Tag
    Only runbooks carrying this tag.

    .EXAMPLE
    Get-BatonRunbook

    .EXAMPLE
    Get-BatonRunbook -Name 'Restart-*' -Tag payments

    .EXAMPLE
    Get-BatonJob -Status Failed | Get-BatonRunbook

    .OUTPUTS
    Baton.Runbook
    #>
    [CmdletBinding(DefaultParameterSetName = 'Name')]
    [OutputType('Baton.Runbook')]
    param(
        [Parameter(ParameterSetName = 'Name', Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('RunbookName')][SupportsWildcards()][ValidateNotNullOrEmpty()][string[]] $Name,
        [Parameter(Mandatory, ParameterSetName = 'Id')][Alias('RunbookId')][ValidateNotNullOrEmpty()][string[]] $Id,
        [Parameter(ParameterSetName = 'Name')][ValidateNotNullOrEmpty()][string] $Tag
    )
    process {
        $query = @{ tag = $Tag }
        if ($PSCmdlet.ParameterSetName -eq 'Id') {
            foreach ($runbookId in $Id) {
                try {
                    Invoke-BatonApi -Method GET -Path "runbooks/$([uri]::EscapeDataString($runbookId))" -Target $runbookId | ConvertTo-BatonObject -TypeName 'Baton.Runbook'
                } catch { $PSCmdlet.WriteError($_) }
            }
            return
        }
        if (-not $Name) {
            try {
                Invoke-BatonApiList -Path 'runbooks' -Query $query | ConvertTo-BatonObject -TypeName 'Baton.Runbook'
            } catch { $PSCmdlet.ThrowTerminatingError($_) }
            return
        }
        foreach ($runbookName in $Name) {
            try {
                if ([System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($runbookName)) {
                    $pattern = [System.Management.Automation.WildcardPattern]::new($runbookName, [System.Management.Automation.WildcardOptions]::IgnoreCase)
                    Invoke-BatonApiList -Path 'runbooks' -Query $query | Where-Object { $pattern.IsMatch($_.name) } | ConvertTo-BatonObject -TypeName 'Baton.Runbook'
                } else {
                    $runbook = Resolve-BatonRunbook -Name $runbookName
                    if ($Tag -and $runbook.tags -notcontains $Tag) { continue }
                    Invoke-BatonApi -Method GET -Path "runbooks/$($runbook.id)" -Target $runbookName | ConvertTo-BatonObject -TypeName 'Baton.Runbook'
                }
            } catch { $PSCmdlet.WriteError($_) }
        }
    }
}
