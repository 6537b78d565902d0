# Writes the runbook into the job's temp dir, parses it and checks the parameter names against its
# param() block. Missing mandatory parameters are left to PowerShell's binder, which knows parameter
# sets and fails (no host, so no prompt) with "missing mandatory parameters: <names>".
function Initialize-BatonRunbook([hashtable] $Spec) {
    $name = ([string] $Spec['runbookName']) -replace '[^A-Za-z0-9_.-]', '_'
    if (-not $name) { $name = 'runbook' }
    $scriptPath = Join-Path ([System.IO.Path]::GetTempPath()) "$name.ps1"
    [System.IO.File]::WriteAllText($scriptPath, [string] $Spec['script'], [System.Text.UTF8Encoding]::new($false))

    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($scriptPath, [ref] $tokens, [ref] $errors)
    if ($errors.Count -gt 0) {
        $details = $errors | Select-Object -First 5 | ForEach-Object {
            "line $($_.Extent.StartLineNumber), column $($_.Extent.StartColumnNumber): $($_.Message)"
        }
        return @{ Error = "Runbook '$($Spec['runbookName'])' has $($errors.Count) parse error(s): $($details -join '; ')" }
    }

    $parameters = $Spec['parameters']
    if ($null -eq $parameters) { $parameters = @{} }
    $declared = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
    $advanced = $false
    if ($ast.ParamBlock) {
        foreach ($p in $ast.ParamBlock.Parameters) {
            $null = $declared.Add($p.Name.VariablePath.UserPath)
            if ($p.Attributes | Where-Object { $_.TypeName.GetReflectionAttributeType() -eq [System.Management.Automation.ParameterAttribute] }) { $advanced = $true }
        }
        if ($ast.ParamBlock.Attributes | Where-Object { $_.TypeName.GetReflectionAttributeType() -eq [System.Management.Automation.CmdletBindingAttribute] }) { $advanced = $true }
    }
    # Advanced scripts also accept -Verbose, -ErrorAction and the other common parameters.
    if ($advanced) { foreach ($c in [System.Management.Automation.Cmdlet]::CommonParameters) { $null = $declared.Add($c) } }
    $unknown = @($parameters.Keys | Where-Object { -not $declared.Contains($_) } | Sort-Object)
    if ($unknown.Count -gt 0) {
        $known = if ($ast.ParamBlock) { ($ast.ParamBlock.Parameters.Name.VariablePath.UserPath) -join ', ' } else { '' }
        $expected = if ($known) { "it accepts: $known" } else { 'it declares no parameters' }
        return @{ Error = "Runbook '$($Spec['runbookName'])' has no parameter named $($unknown -join ', ') ($expected)." }
    }
    @{ ScriptPath = $scriptPath; Parameters = $parameters; Error = $null }
}
