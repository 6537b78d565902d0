"use client";

import Link from "next/link";
import { useState } from "react";
import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import { LinkRunbookDialog } from "./link-runbook-dialog";
import { useScheduleRunbooks, useUnlinkRunbook } from "./use-schedules";

/** The runbooks a schedule starts, each with its own parameters; link and unlink. */
export function ScheduleRunbooksCard({ scheduleId }: { scheduleId: string }) {
  const links = useScheduleRunbooks(scheduleId);
  const unlink = useUnlinkRunbook(scheduleId);
  const canUse = useCan("schedule.use");
  const [linking, setLinking] = useState(false);
  const items = links.data?.items ?? [];
  return (
    <Card title="Linked runbooks" actions={canUse ? <Button onClick={() => setLinking(true)}>Link runbook</Button> : null}>
      <ErrorMessage error={links.error ?? unlink.error} className="mb-3" />
      {links.isPending ? (
        <Spinner label="Loading linked runbooks…" />
      ) : items.length === 0 ? (
        <p className="text-sm text-slate-500">No runbooks yet: occurrences pass without starting anything.</p>
      ) : (
        <table className="min-w-full text-sm" data-testid="linked-runbooks">
          <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-4">Runbook</th>
              <th scope="col" className="py-2 pr-4">Parameters</th>
              <th scope="col" className="py-2 pr-4">Run on</th>
              {canUse ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((l) => (
              <tr key={l.id}>
                <td className="py-2 pr-4 font-medium">
                  <Link href={`/runbooks/${l.runbookId}`} className="text-indigo-700 hover:underline">
                    {l.runbookName}
                  </Link>
                </td>
                <td className="py-2 pr-4 font-mono text-xs text-slate-700">
                  {Object.keys(l.parameters).length ? Object.entries(l.parameters).map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`).join(", ") : <span className="font-sans text-slate-400">none</span>}
                </td>
                <td className="py-2 pr-4 text-slate-700">{l.runOn ?? <span className="text-slate-400">runbook default</span>}</td>
                {canUse ? (
                  <td className="py-2 text-right">
                    <Button variant="ghost" aria-label={`Unlink ${l.runbookName}`} pending={unlink.isPending && unlink.variables === l.runbookId} onClick={() => unlink.mutate(l.runbookId)}>
                      Unlink
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {linking ? <LinkRunbookDialog scheduleId={scheduleId} linkedIds={items.map((l) => l.runbookId)} open={linking} onClose={() => setLinking(false)} /> : null}
    </Card>
  );
}
