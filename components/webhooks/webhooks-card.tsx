"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { actionsColumn, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import type { WebhookView } from "@/lib/webhooks/webhook-view";
import { ChangeWebhookExpiryButton } from "./change-webhook-expiry-button";
import { CreateWebhookDialog } from "./create-webhook-dialog";
import { DeleteWebhookButton } from "./delete-webhook-button";
import { useUpdateWebhook, useWebhooks } from "./use-webhooks";
import { WebhookExpiry } from "./webhook-expiry";

interface WebhooksCardProps {
  runbookId: string;
  runbookName: string;
  /** The published version (its param() block, null when never parsed); null while the runbook is unpublished. */
  published: { parameters: ScriptParameter[] | null } | null;
  /** webhook.write on this runbook's tags. */
  canWrite: boolean;
  defaultRunOn: string | null;
}

const statusBadge: Record<WebhookView["status"], { tone: "green" | "gray" | "red"; label: string }> = {
  active: { tone: "green", label: "Enabled" },
  disabled: { tone: "gray", label: "Disabled" },
  expired: { tone: "red", label: "Expired" },
};

const columns: DataTableColumn<WebhookView>[] = [
  {
    key: "name",
    header: "Name",
    className: "font-medium text-slate-900",
    cell: (w) => (
      <>
        <span className="block max-w-64 truncate" title={w.name}>
          {w.name}
        </span>
        {w.runOn ? <span className="text-xs font-normal text-slate-500">on {w.runOn}</span> : null}
      </>
    ),
  },
  { key: "status", header: "Status", cell: (w) => <Badge tone={statusBadge[w.status].tone}>{statusBadge[w.status].label}</Badge> },
  { key: "expires", header: "Expires", cell: (w) => <WebhookExpiry expiresAt={w.expiresAt} /> },
  { key: "lastInvoked", header: "Last invoked", className: "text-slate-600", cell: (w) => (w.lastInvokedAt ? formatDateTime(w.lastInvokedAt) : "Never") },
];

/** The runbook's webhooks: who may call it from outside, until when, and when they last did. */
export function WebhooksCard({ runbookId, runbookName, published, canWrite, defaultRunOn }: WebhooksCardProps) {
  const webhooks = useWebhooks(runbookId);
  const update = useUpdateWebhook(runbookId);
  const [creating, setCreating] = useState(false);

  const addButton = canWrite ? (
    <Button onClick={() => setCreating(true)} disabled={!published} title={published ? undefined : "Publish the runbook before adding a webhook"}>
      Add webhook
    </Button>
  ) : null;

  return (
    <Card title="Webhooks" actions={addButton} className="mt-6">
      {creating && published ? <CreateWebhookDialog runbookId={runbookId} runbookName={runbookName} parameters={published.parameters} defaultRunOn={defaultRunOn} onClose={() => setCreating(false)} /> : null}
      <ErrorMessage error={webhooks.error} title="Could not load webhooks" />
      <ErrorMessage error={update.error} className="mb-3" title="The webhook was not changed" />
      {webhooks.error ? null : (
        <DataTable
          loading={webhooks.isPending && "Loading webhooks…"}
          variant="inline"
          columns={[
            ...columns,
            canWrite && {
              ...actionsColumn<WebhookView>((w) => (
                <span className="inline-flex gap-2">
                  <Button
                    onClick={() => update.mutate({ id: w.id, input: { enabled: !w.enabled } })}
                    pending={update.isPending && update.variables?.id === w.id}
                    aria-label={`${w.enabled ? "Disable" : "Enable"} webhook ${w.name}`}
                  >
                    {w.enabled ? "Disable" : "Enable"}
                  </Button>
                  <ChangeWebhookExpiryButton runbookId={runbookId} webhookId={w.id} name={w.name} />
                  <DeleteWebhookButton runbookId={runbookId} webhookId={w.id} name={w.name} />
                </span>
              )),
              hideHeader: false,
            },
          ]}
          rows={webhooks.data ?? []}
          rowKey={(w) => w.id}
          rowTestId={(w) => `webhook-${w.name}`}
          empty={<p className="text-sm text-slate-500">No webhooks. A webhook gives an outside system (GitHub, Alertmanager, a ticketing tool) a URL that starts this runbook.</p>}
        />
      )}
    </Card>
  );
}
