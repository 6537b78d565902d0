function Invoke-BatonJobAction {
    # POST /jobs/{id}/stop|suspend|resume; returns the job as it is afterwards.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string] $Id,
        [Parameter(Mandatory)][ValidateSet('stop', 'suspend', 'resume')][string] $Action
    )
    Invoke-BatonApi -Method POST -Path "jobs/$([uri]::EscapeDataString($Id))/$Action" -Target $Id | ConvertTo-BatonObject -TypeName 'Baton.Job'
}
