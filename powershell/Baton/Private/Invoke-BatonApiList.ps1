function Invoke-BatonApiList {
    # Emits every item of a list endpoint, following `nextCursor` pages. Endpoints that answer
    # `{items}` without a cursor, or a bare array, are one page.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string] $Path,
        [System.Collections.IDictionary] $Query = @{},
        [object] $Target,
        # Stop after this many items (the rest of the pages are not fetched).
        [uint64] $First = [uint64]::MaxValue
    )
    $pageQuery = [ordered]@{}
    foreach ($key in $Query.Keys) { $pageQuery[$key] = $Query[$key] }
    $emitted = [uint64]0
    while ($true) {
        $page = Invoke-BatonApi -Method GET -Path $Path -Query $pageQuery -Target $Target
        $items = if ($null -eq $page) { @() } elseif ($page -is [System.Collections.IList]) { $page } elseif ($page.PSObject.Properties['items']) { $page.items } else { @($page) }
        foreach ($item in $items) {
            if ($emitted -ge $First) { return }
            $item
            $emitted++
        }
        $next = if ($page -isnot [System.Collections.IList] -and $null -ne $page -and $page.PSObject.Properties['nextCursor']) { $page.nextCursor } else { $null }
        if (-not $next -or $emitted -ge $First) { return }
        $pageQuery['cursor'] = $next
    }
}
