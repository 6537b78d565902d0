"use client";

import Link from "next/link";
import { useCan } from "@/components/auth/principal-context";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { useRunbookSchedules } from "./use-schedules";

/** On a runbook's page: the schedules that start it, with their next run. */
export function RunbookSchedulesCard({ runbookId }: { runbookId: string }) {
  const canRead = useCan("schedule.read");
  const schedules = useRunbookSchedules(runbookId, { enabled: canRead });
  if (!canRead) return null;
  const items = schedules.data?.items ?? [];
  return (
    <Card title="Schedules" className="mt-6" actions={<Link href="/schedules" className="text-sm text-indigo-700 hover:underline">All schedules</Link>}>
      <ErrorMessage error={schedules.error} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{schedules.isPending ? "Loading…" : "No schedule starts this runbook."}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="runbook-schedules">
          {items.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/schedules/${l.scheduleId}`} className="font-medium text-indigo-700 hover:underline">
                {l.scheduleName}
              </Link>
              <span className="flex items-center gap-2 text-slate-600">
                {l.scheduleEnabled ? `Next run ${formatDateTime(l.nextRunAt)}` : <Badge>Disabled</Badge>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
