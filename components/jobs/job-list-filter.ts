/** The jobs list's filter as it appears in the URL (`?status=&runbookId=&range=&from=&to=`). */
export interface JobListFilter {
  status?: string;
  runbookId?: string;
  /** 1h | 24h | 7d | custom (then `from`/`to`, local datetime-local values); absent = any time. */
  range?: string;
  from?: string;
  to?: string;
}

export const timeRanges = [
  { value: "", label: "Any time" },
  { value: "1h", label: "Last hour" },
  { value: "24h", label: "Last 24 hours" },
  { value: "7d", label: "Last 7 days" },
  { value: "custom", label: "Custom…" },
] as const;

const relativeMs: Record<string, number> = { "1h": 3_600_000, "24h": 86_400_000, "7d": 7 * 86_400_000 };

/**
 * The API's `from`/`to` for a filter, as ISO instants. Relative ranges are measured from now, so each
 * refetch moves the window along; custom bounds are the viewer's local times.
 */
export function timeRangeBounds(filter: JobListFilter, now = Date.now()): { from?: string; to?: string } {
  const span = filter.range ? relativeMs[filter.range] : undefined;
  if (span) return { from: new Date(now - span).toISOString() };
  if (filter.range !== "custom") return {};
  const iso = (local?: string) => {
    const d = local ? new Date(local) : null;
    return d && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
  };
  return { from: iso(filter.from), to: iso(filter.to) };
}
