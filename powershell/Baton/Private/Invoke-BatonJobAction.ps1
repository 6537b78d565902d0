function Invoke-BatonJobAction {
    # The body of Stop-, Suspend- and Resume-BatonJob: POST /jobs/{id}/stop|suspend|resume for each
    # id, asking the calling cmdlet's ShouldProcess (so its -WhatIf/-Confirm apply) and reporting a
    # failed id as that cmdlet's non-terminating error. Emits the job as it is afterwards with -PassThru.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][System.Management.Automation.PSCmdlet] $Cmdlet,
        [Parameter(Mandatory)][string[]] $Id,
        [Parameter(Mandatory)][ValidateSet('Stop', 'Suspend', 'Resume')][string] $Action,
        [switch] $PassThru
    )
    foreach ($jobId in $Id) {
        if (-not $Cmdlet.ShouldProcess("job $jobId", $Action)) { continue }
        try {
            $job = Invoke-BatonApi -Method POST -Path "jobs/$([uri]::EscapeDataString($jobId))/$($Action.ToLowerInvariant())" -Target $jobId
            if ($PassThru) { $job | ConvertTo-BatonObject -TypeName 'Baton.Job' }
        } catch { $Cmdlet.WriteError($_) }
    }
}
