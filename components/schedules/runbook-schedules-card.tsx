"use client";

import Link from "next/link";
import { useState } from "react";
import { useCan, useCanOn } from "@/components/auth/principal-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import type { RunbookDetail } from "@/lib/runbooks/runbook-views";
import { LinkScheduleDialog } from "./link-schedule-dialog";
import { useRunbookSchedules } from "./use-schedules";

/** On a runbook's page: the schedules that start it, with their next run, and linking it to another. */
export function RunbookSchedulesCard({ runbook }: { runbook: RunbookDetail }) {
  const canRead = useCan("schedule.read");
  const canLink = useCanOn("schedule.use", runbook.tags) && canRead;
  const schedules = useRunbookSchedules(runbook.id, { enabled: canRead });
  const [linking, setLinking] = useState(false);
  if (!canRead) return null;
  const items = schedules.data?.items ?? [];
  const linkButton = canLink ? (
    <Button onClick={() => setLinking(true)} disabled={!runbook.published} title={runbook.published ? undefined : "Publish the runbook before scheduling it"}>
      Link to schedule
    </Button>
  ) : null;
  return (
    <Card
      title="Schedules"
      className="mt-6"
      actions={
        <span className="flex flex-wrap items-center gap-3">
          <Link href="/schedules" className="text-sm text-indigo-700 hover:underline">
            All schedules
          </Link>
          {linkButton}
        </span>
      }
    >
      <ErrorMessage error={schedules.error} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{schedules.isPending ? "Loading…" : "No schedule starts this runbook."}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="runbook-schedules">
          {items.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/schedules/${l.scheduleId}`} className="min-w-0 truncate font-medium text-indigo-700 hover:underline" title={l.scheduleName}>
                {l.scheduleName}
              </Link>
              <span className="flex items-center gap-2 text-slate-600">
                {l.scheduleExpired ? <Badge tone="amber">Expired</Badge> : l.scheduleEnabled ? `Next run ${formatDateTime(l.nextRunAt)}` : <Badge>Disabled</Badge>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {linking ? <LinkScheduleDialog runbookId={runbook.id} runbookName={runbook.name} linkedScheduleIds={items.map((l) => l.scheduleId)} onClose={() => setLinking(false)} /> : null}
    </Card>
  );
}
