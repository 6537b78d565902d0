# Reads a runbook's param() block from its AST: what the portal shows (Get-BatonParameterInfo) and a
# copy that the web service may bind values to without running any of the runbook's code
# (ConvertTo-BatonCheckBlock). The copy has no body and keeps only type constraints, [Parameter()]
# (Mandatory, ParameterSetName), [CmdletBinding(DefaultParameterSetName)] and the validation
# attributes whose checks are PowerShell's own code; default values, [ValidateScript()], argument
# transformations and any type or argument that could run code are left out and named in jobChecks:
# the job checks those when it runs.
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

# Types whose conversion from a JSON value (string, number, bool, null, array, hashtable) runs only
# PowerShell's and .NET's own conversion code. A type such as [System.IO.StreamWriter] is not here:
# converting a string to it would create a file on the web server.
$script:BatonSafeTypes = [System.Collections.Generic.HashSet[type]]::new([type[]]@(
        [string], [char], [bool], [switch], [byte], [sbyte], [int16], [uint16], [int], [uint32], [long], [uint64],
        [single], [double], [decimal], [bigint], [datetime], [datetimeoffset], [timespan], [guid], [version],
        [semver], [uri], [regex], [ipaddress], [mailaddress], [object], [psobject], [hashtable],
        [System.Collections.IDictionary], [System.Collections.Specialized.OrderedDictionary], [pscredential], [securestring]
    ))

$script:BatonCheckedAttributes = [System.Collections.Generic.HashSet[type]]::new([type[]]@(
        @([ValidateSetAttribute], [ValidateRangeAttribute], [ValidateLengthAttribute], [ValidatePatternAttribute], [ValidateCountAttribute],
            [ValidateNotNullAttribute], [ValidateNotNullOrEmptyAttribute], [AllowNullAttribute], [AllowEmptyStringAttribute],
            [AllowEmptyCollectionAttribute], ('System.Management.Automation.ValidateNotNullOrWhiteSpaceAttribute' -as [type])) |
            Where-Object { $_ }
    ))

# Attributes that check nothing while binding (completion, documentation, analyzer hints).
$script:BatonInertAttributes = [System.Collections.Generic.HashSet[type]]::new([type[]]@(
        [Alias], [ArgumentCompleter], [ArgumentCompletions], [SupportsWildcards], [PSDefaultValue], [ObsoleteAttribute],
        [System.Diagnostics.CodeAnalysis.SuppressMessageAttribute], [OutputType]
    ))

function Test-BatonSafeType([type] $Type) {
    if ($Type.IsArray) { return $Type.GetArrayRank() -eq 1 -and (Test-BatonSafeType $Type.GetElementType()) }
    if ($Type.IsEnum) { return $true }
    if ($Type.IsGenericType) {
        $definition = $Type.GetGenericTypeDefinition()
        if ($definition -ne [Nullable`1] -and $definition.Namespace -ne 'System.Collections.Generic') { return $false }
        foreach ($argument in $Type.GetGenericArguments()) { if (-not (Test-BatonSafeType $argument)) { return $false } }
        return $true
    }
    $script:BatonSafeTypes.Contains($Type)
}

# An attribute argument PowerShell can evaluate without running code: a literal, a signed number,
# $true/$false/$null, or a constant field of a number or enum type such as [int]::MaxValue.
function Test-BatonConstantArgument([Ast] $Ast) {
    if ($Ast -is [ConstantExpressionAst]) { return $true }
    if ($Ast -is [UnaryExpressionAst]) { return $Ast.TokenKind -in 'Minus', 'Plus' -and $Ast.Child -is [ConstantExpressionAst] }
    if ($Ast -is [VariableExpressionAst]) { return $Ast.VariablePath.IsVariable -and $Ast.VariablePath.UserPath -in 'true', 'false', 'null' }
    if ($Ast -is [MemberExpressionAst] -and $Ast -isnot [InvokeMemberExpressionAst] -and $Ast.Static -and
        $Ast.Expression -is [TypeExpressionAst] -and $Ast.Member -is [StringConstantExpressionAst]) {
        $type = $Ast.Expression.TypeName.GetReflectionType()
        if (-not $type -or -not ($type.IsEnum -or $type.IsPrimitive -or $type -eq [decimal])) { return $false }
        return $null -ne $type.GetField($Ast.Member.Value, [System.Reflection.BindingFlags]'Public, Static')
    }
    $false
}

function Get-BatonNamedArgumentText([NamedAttributeArgumentAst] $Named) {
    if ($Named.ExpressionOmitted) { return "$($Named.ArgumentName)=`$true" }
    "$($Named.ArgumentName)=$($Named.Argument.Extent.Text)"
}

# [Parameter()] with only what binding needs; null when an argument it needs is not a constant.
function Get-BatonParameterAttributeText([AttributeAst] $Attribute) {
    $kept = foreach ($named in $Attribute.NamedArguments) {
        if ($named.ArgumentName -notin 'Mandatory', 'ParameterSetName') { continue }
        if (-not $named.ExpressionOmitted -and -not (Test-BatonConstantArgument $named.Argument)) { return $null }
        Get-BatonNamedArgumentText $named
    }
    "[Parameter($(@($kept) -join ', '))]"
}

function Test-BatonConstantAttribute([AttributeAst] $Attribute) {
    foreach ($argument in $Attribute.PositionalArguments) { if (-not (Test-BatonConstantArgument $argument)) { return $false } }
    foreach ($named in $Attribute.NamedArguments) {
        if (-not $named.ExpressionOmitted -and -not (Test-BatonConstantArgument $named.Argument)) { return $false }
    }
    $true
}

<#
  One parameter as the check binds it: Text is its declaration without a default, JobChecks what
  only the job checks (e.g. "[ValidateScript()]", "[MyModule.Server]").
#>
function Get-BatonParameterCheck([ParameterAst] $Parameter) {
    $parts = [System.Collections.Generic.List[string]]::new()
    $jobChecks = [System.Collections.Generic.List[string]]::new()
    $constraints = @($Parameter.Attributes | Where-Object { $_ -is [TypeConstraintAst] })
    $unsafe = @($constraints | Where-Object { $type = $_.TypeName.GetReflectionType(); -not $type -or -not (Test-BatonSafeType $type) })
    # A type the web service cannot convert safely leaves the value unconverted, and validating an
    # unconverted value could disagree with the job: the job converts and validates that parameter.
    foreach ($constraint in $unsafe) { $jobChecks.Add("[$($constraint.TypeName.FullName)]") }
    foreach ($attribute in $Parameter.Attributes) {
        if ($attribute -is [TypeConstraintAst]) { continue }
        $attributeType = $attribute.TypeName.GetReflectionAttributeType()
        if ($attributeType -eq [ParameterAttribute]) {
            $text = Get-BatonParameterAttributeText $attribute
            if ($text) { $parts.Add($text) } else { $parts.Add('[Parameter()]'); $jobChecks.Add('[Parameter()]') }
        } elseif ($attributeType -and $script:BatonInertAttributes.Contains($attributeType)) {
            continue
        } elseif (-not $unsafe.Count -and $attributeType -and $script:BatonCheckedAttributes.Contains($attributeType) -and (Test-BatonConstantAttribute $attribute)) {
            $parts.Add($attribute.Extent.Text)
        } else {
            $jobChecks.Add("[$($attribute.TypeName.Name)()]")
        }
    }
    if (-not $unsafe.Count) { foreach ($constraint in $constraints) { $parts.Add($constraint.Extent.Text) } }
    $parts.Add($Parameter.Name.Extent.Text)
    @{ Text = $parts -join ''; JobChecks = $jobChecks.ToArray() }
}

function Test-BatonAdvancedBlock([ParamBlockAst] $Block) {
    foreach ($attribute in $Block.Attributes) { if ($attribute.TypeName.GetReflectionAttributeType() -eq [CmdletBindingAttribute]) { return $true } }
    foreach ($parameter in $Block.Parameters) {
        foreach ($attribute in $parameter.Attributes) {
            if ($attribute -isnot [TypeConstraintAst] -and $attribute.TypeName.GetReflectionAttributeType() -eq [ParameterAttribute]) { return $true }
        }
    }
    $false
}

<#
  The body-less param block the web service binds start values to, the declared names (declared
  spelling, looked up ignoring case) and whether the script is advanced (it then also takes the common
  parameters, as the job host allows).
#>
function ConvertTo-BatonCheckBlock([ScriptBlockAst] $Ast) {
    $names = [System.Collections.Generic.Dictionary[string, string]]::new([System.StringComparer]::OrdinalIgnoreCase)
    $declared = [System.Collections.Generic.List[string]]::new()
    $block = $Ast.ParamBlock
    if (-not $block) { return @{ Text = 'param()'; Names = $names; Declared = $declared.ToArray(); Advanced = $false } }
    $parameters = foreach ($parameter in $block.Parameters) {
        $name = $parameter.Name.VariablePath.UserPath
        $names[$name] = $name
        $declared.Add($name)
        (Get-BatonParameterCheck $parameter).Text
    }
    $advanced = Test-BatonAdvancedBlock $block
    $binding = ''
    if ($advanced) {
        $defaultSet = foreach ($attribute in $block.Attributes) {
            if ($attribute.TypeName.GetReflectionAttributeType() -ne [CmdletBindingAttribute]) { continue }
            foreach ($named in $attribute.NamedArguments) {
                if ($named.ArgumentName -eq 'DefaultParameterSetName' -and (Test-BatonConstantArgument $named.Argument)) { Get-BatonNamedArgumentText $named }
            }
        }
        $binding = "[CmdletBinding($(@($defaultSet) -join ''))]"
    }
    @{ Text = "$binding param($(@($parameters) -join ",`n"))"; Names = $names; Declared = $declared.ToArray(); Advanced = $advanced }
}

function Get-BatonArgumentValue([NamedAttributeArgumentAst] $Named) {
    if ($Named.ExpressionOmitted) { return $true }
    try { return $Named.Argument.SafeGetValue() } catch { return $Named.Argument.Extent.Text }
}

# What the portal shows for one parameter (lib/pwsh/parse-result.ts scriptParameterSchema).
function Get-BatonParameterInfo([ParameterAst] $Parameter) {
    $info = [ordered]@{
        name = $Parameter.Name.VariablePath.UserPath; type = $null; mandatory = $false; default = $null
        validateSet = $null; helpMessage = $null; position = $null; jobChecks = (Get-BatonParameterCheck $Parameter).JobChecks
    }
    if ($Parameter.DefaultValue) { $info.default = $Parameter.DefaultValue.Extent.Text }
    foreach ($attribute in $Parameter.Attributes) {
        if ($attribute -is [TypeConstraintAst]) { $info.type = $attribute.TypeName.FullName; continue }
        $name = $attribute.TypeName.Name -replace 'Attribute$', ''
        if ($name -eq 'Parameter') {
            foreach ($named in $attribute.NamedArguments) {
                switch ($named.ArgumentName) {
                    'Mandatory' { $info.mandatory = [bool](Get-BatonArgumentValue $named) }
                    'HelpMessage' { $info.helpMessage = [string](Get-BatonArgumentValue $named) }
                    'Position' { try { $info.position = [int](Get-BatonArgumentValue $named) } catch { $info.position = $null } }
                }
            }
        } elseif ($name -eq 'ValidateSet') {
            $set = foreach ($value in $attribute.PositionalArguments) { try { [string]$value.SafeGetValue() } catch { $value.Extent.Text } }
            $info.validateSet = [string[]]@($set)
        }
    }
    $info
}
