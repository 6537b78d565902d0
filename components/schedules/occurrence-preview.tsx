"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import { ErrorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import { previewScheduleSchema } from "@/lib/schedules/schemas";

/** Waits for typing to pause before the preview asks the server again. */
const debounceMs = 400;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The next 10 occurrences of the schedule being edited, from POST /api/v1/schedules/preview, shown
 * in the schedule's time zone. Bodies the shared schema rejects are not sent; the form shows why.
 */
export function OccurrencePreview({ body, timeZone }: { body: Record<string, unknown>; timeZone: string }) {
  const key = JSON.stringify(body);
  const debouncedKey = useDebounced(key, debounceMs);
  const valid = previewScheduleSchema.safeParse(JSON.parse(debouncedKey));
  const preview = useQuery({
    queryKey: queryKeys.schedulePreview(debouncedKey),
    queryFn: ({ signal }) => fetchJson<{ occurrences: string[] }>("/api/v1/schedules/preview", { method: "POST", body: JSON.parse(debouncedKey), signal }),
    enabled: valid.success,
    placeholderData: (previous) => previous,
  });
  const format = safeFormatter(timeZone);

  return (
    <section aria-labelledby="preview-title" className="self-start rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="preview-title" className="text-sm font-semibold text-slate-900">
        Next 10 occurrences <span className="font-normal text-slate-500">({timeZone})</span>
      </h2>
      {!valid.success ? (
        <p className="mt-2 text-sm text-slate-500">Complete the schedule to see when it runs: {valid.error.issues[0]!.path.join(".") || "input"} {valid.error.issues[0]!.message}.</p>
      ) : preview.isPending ? (
        <Spinner label="Computing occurrences…" />
      ) : preview.error ? (
        <ErrorMessage error={preview.error} className="mt-2" />
      ) : preview.data.occurrences.length === 0 ? (
        <p className="mt-2 text-sm text-amber-800">This schedule never runs after now (its start or expiry is in the past, or its days never come).</p>
      ) : (
        <ol data-testid="occurrence-preview" className="mt-2 space-y-1 font-mono text-sm text-slate-800" aria-busy={preview.isFetching || key !== debouncedKey}>
          {preview.data.occurrences.map((iso) => (
            <li key={iso}>{format(iso)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

function safeFormatter(timeZone: string): (iso: string) => string {
  try {
    const f = new Intl.DateTimeFormat(undefined, { timeZone, weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
    return (iso) => f.format(new Date(iso));
  } catch {
    return (iso) => iso;
  }
}
