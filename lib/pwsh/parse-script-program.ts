/**
 * The PowerShell program of the parser helper, passed with -Command. It is a constant: scripts to
 * parse arrive on stdin as one JSON object per line ({"script": "..."}) and are never part of any
 * command text. Each request gets one compressed JSON line back, non-ASCII escaped so the pipe's
 * encoding cannot corrupt it. System.Text.Json reads the request because ConvertFrom-Json would turn
 * a script that looks like a date into a DateTime.
 */
export const parseScriptProgram = String.raw`
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
function Get-ArgValue($named) {
  if ($named.ExpressionOmitted) { return $true }
  try { return $named.Argument.SafeGetValue() } catch { return $named.Argument.Extent.Text }
}
function Get-ParameterInfo($p) {
  $info = [ordered]@{ name = $p.Name.VariablePath.UserPath; type = $null; mandatory = $false; default = $null; validateSet = $null; helpMessage = $null; position = $null }
  if ($p.DefaultValue) { $info.default = $p.DefaultValue.Extent.Text }
  foreach ($a in $p.Attributes) {
    if ($a -is [System.Management.Automation.Language.TypeConstraintAst]) { $info.type = $a.TypeName.FullName; continue }
    $attr = $a.TypeName.Name -replace 'Attribute$', ''
    if ($attr -eq 'Parameter') {
      foreach ($n in $a.NamedArguments) {
        switch ($n.ArgumentName) {
          'Mandatory' { $info.mandatory = [bool](Get-ArgValue $n) }
          'HelpMessage' { $info.helpMessage = [string](Get-ArgValue $n) }
          'Position' { try { $info.position = [int](Get-ArgValue $n) } catch { } }
        }
      }
    } elseif ($attr -eq 'ValidateSet') {
      $set = [System.Collections.Generic.List[string]]::new()
      foreach ($v in $a.PositionalArguments) { try { $set.Add([string]$v.SafeGetValue()) } catch { $set.Add($v.Extent.Text) } }
      $info.validateSet = $set.ToArray()
    }
  }
  return $info
}
while ($null -ne ($line = [Console]::In.ReadLine())) {
  try {
    $doc = [System.Text.Json.JsonDocument]::Parse($line)
    $script = $doc.RootElement.GetProperty('script').GetString()
    $doc.Dispose()
    $tokens = $null; $parseErrors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($script, [ref]$tokens, [ref]$parseErrors)
    $errors = [System.Collections.Generic.List[object]]::new()
    foreach ($e in $parseErrors) {
      $errors.Add([ordered]@{ message = $e.Message; line = $e.Extent.StartLineNumber; column = $e.Extent.StartColumnNumber; endLine = $e.Extent.EndLineNumber; endColumn = $e.Extent.EndColumnNumber })
    }
    $parameters = [System.Collections.Generic.List[object]]::new()
    if ($ast.ParamBlock) { foreach ($p in $ast.ParamBlock.Parameters) { $parameters.Add((Get-ParameterInfo $p)) } }
    $response = [ordered]@{ errors = $errors.ToArray(); parameters = $parameters.ToArray() }
  } catch {
    $response = [ordered]@{ failure = $_.Exception.Message }
  }
  [Console]::Out.WriteLine((ConvertTo-Json -InputObject $response -Compress -Depth 6 -EscapeHandling EscapeNonAscii))
  [Console]::Out.Flush()
}
`;
