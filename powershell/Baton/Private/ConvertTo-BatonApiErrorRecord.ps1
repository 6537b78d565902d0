function ConvertTo-BatonApiErrorRecord {
    # Maps an API error answer ({error:{code,message,field,details}}) to an ErrorRecord whose category
    # says what went wrong the way PowerShell users expect (ObjectNotFound, PermissionDenied, ...).
    [CmdletBinding()]
    [OutputType([System.Management.Automation.ErrorRecord])]
    param(
        [Parameter(Mandatory)][int] $StatusCode,
        [object] $Body,
        [Parameter(Mandatory)][string] $Uri,
        [object] $Target
    )
    $apiError = if ($Body -and $Body.PSObject.Properties['error']) { $Body.error } else { $null }
    $code = if ($apiError -and $apiError.PSObject.Properties['code']) { [string]$apiError.code } else { "http_$StatusCode" }
    $message = if ($apiError -and $apiError.PSObject.Properties['message']) {
        [string]$apiError.message
    } else {
        "$Uri answered HTTP $StatusCode, which is not an answer of the Baton API (is the URL right?)"
    }
    $category = switch ($StatusCode) {
        400 { 'InvalidArgument' }
        401 { 'AuthenticationError' }
        403 { 'PermissionDenied' }
        404 { 'ObjectNotFound' }
        409 { 'ResourceExists' }
        413 { 'LimitsExceeded' }
        415 { 'InvalidType' }
        422 { 'InvalidArgument' }
        429 { 'LimitsExceeded' }
        503 { 'ResourceUnavailable' }
        default { 'NotSpecified' }
    }
    $exception = [System.Net.Http.HttpRequestException]::new($message, $null, [System.Net.HttpStatusCode]$StatusCode)
    $exception.Data['BatonErrorCode'] = $code
    if ($apiError -and $apiError.PSObject.Properties['field']) { $exception.Data['Field'] = $apiError.field }
    if ($apiError -and $apiError.PSObject.Properties['details']) { $exception.Data['Details'] = $apiError.details }
    $record = New-BatonErrorRecord -Message $message -ErrorId $code -Category $category -Target $Target -Exception $exception
    $record.ErrorDetails = [System.Management.Automation.ErrorDetails]::new($message)
    $record
}
