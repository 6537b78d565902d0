function Import-BatonRunbook {
    <#
    .SYNOPSIS
    Imports .ps1 files as runbooks named after the files.

    .DESCRIPTION
    Creates a runbook from each script file, named after the file (Restart-Service.ps1 becomes
    Restart-Service) unless -Name is given. An existing runbook of that name is an error unless
    -Force is given, which replaces its draft. -Published publishes the imported draft, unless it
    is the script already published (so re-running a deployment changes nothing).

    .PARAMETER Path
    Script files (.ps1); accepts file objects from Get-ChildItem.

    .PARAMETER Name
    The runbook name, when it differs from the file name (one file only).

    .PARAMETER Description
    Description of a newly created runbook.

    .PARAMETER Tag
    Tags of a newly created runbook.

    .PARAMETER Published
    Publishes the imported draft.

    .PARAMETER Force
    Replaces the draft of a runbook that already exists.

    .EXAMPLE
    Import-BatonRunbook -Path ./Restart-Service.ps1 -Published

    .EXAMPLE
    Get-ChildItem ./runbooks/*.ps1 | Import-BatonRunbook -Force -Published

    .OUTPUTS
    Baton.Runbook
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    [OutputType('Baton.Runbook')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('FullName')][ValidateNotNullOrEmpty()][string[]] $Path,
        [ValidateNotNullOrEmpty()][string] $Name,
        [string] $Description = '',
        [Alias('Tags')][string[]] $Tag = @(),
        [switch] $Published,
        [switch] $Force
    )
    process {
        foreach ($file in $Path) {
            try {
                $content = Read-BatonScriptFile -Path $file
                $runbookName = if ($Name) { $Name } else { [System.IO.Path]::GetFileNameWithoutExtension($file) }
                $existing = try { Resolve-BatonRunbook -Name $runbookName } catch { if ($_.CategoryInfo.Category -ne 'ObjectNotFound') { throw } ; $null }
                if ($existing -and -not $Force) {
                    throw (New-BatonErrorRecord -Message "Runbook '$runbookName' already exists: use -Force to replace its draft" -ErrorId 'conflict' -Category ResourceExists -Target $runbookName)
                }
                $action = if ($existing) { "Replace the draft from $file" } else { "Create runbook from $file" }
                if (-not $PSCmdlet.ShouldProcess($runbookName, $action)) { continue }
                $runbookId = if ($existing) {
                    $null = Invoke-BatonApi -Method PUT -Path "runbooks/$($existing.id)/draft" -Body @{ content = $content } -Target $runbookName
                    $existing.id
                } else {
                    (Invoke-BatonApi -Method POST -Path 'runbooks' -Body @{ name = $runbookName; description = $Description; tags = @($Tag); content = $content } -Target $runbookName).id
                }
                $runbook = Invoke-BatonApi -Method GET -Path "runbooks/$runbookId" -Target $runbookName
                # Re-importing the published script is a no-op, so a deployment can import every file.
                $alreadyPublished = $runbook.published -and $runbook.published.contentHash -eq (Get-BatonContentHash $content)
                if ($Published -and -not $alreadyPublished) {
                    $runbook = Invoke-BatonApi -Method POST -Path "runbooks/$runbookId/publish" -Target $runbookName
                }
                $runbook | ConvertTo-BatonObject -TypeName 'Baton.Runbook'
            } catch { $PSCmdlet.WriteError($_) }
        }
    }
}
