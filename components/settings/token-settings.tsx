"use client";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { actionsColumn, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import type { ApiTokenView } from "@/lib/tokens/api-token-view";
import { CreateTokenForm } from "./create-token-form";
import { RevokeApiTokenButton } from "./revoke-api-token-button";
import { useApiTokens } from "./use-api-tokens";

const statusTone = { active: "green", expired: "gray", revoked: "red" } as const;

const columns: DataTableColumn<ApiTokenView>[] = [
  { key: "name", header: "Name", className: "font-medium", cell: (t) => t.name },
  { key: "token", header: "Token", className: "font-mono text-xs text-slate-600", cell: (t) => `${t.prefix}…` },
  { key: "status", header: "Status", cell: (t) => <Badge tone={statusTone[t.status]}>{t.status}</Badge> },
  { key: "created", header: "Created", className: "whitespace-nowrap text-slate-600", cell: (t) => formatDateTime(t.createdAt) },
  { key: "expires", header: "Expires", className: "whitespace-nowrap text-slate-600", cell: (t) => (t.expiresAt ? formatDateTime(t.expiresAt) : "Never") },
  { key: "lastUsed", header: "Last used", className: "whitespace-nowrap text-slate-600", cell: (t) => formatDateTime(t.lastUsedAt) },
];

export function TokenSettings() {
  const tokens = useApiTokens();
  return (
    <>
      <PageHeader title="API tokens" description="Personal tokens for scripts and CI to call Baton's REST API as you. Only a hash is stored." />
      <div className="space-y-6">
        <Card title="New token">
          <CreateTokenForm />
        </Card>
        <Card title="Your tokens">
          <ErrorMessage error={tokens.error} />
          <DataTable
            loading={tokens.isPending && "Loading tokens…"}
            variant="inline"
            columns={[...columns, actionsColumn<ApiTokenView>((t) => (t.status === "active" ? <RevokeApiTokenButton token={t} /> : null))]}
            rows={tokens.data ?? []}
            rowKey={(t) => t.id}
            empty={tokens.data ? <p className="text-sm text-slate-500">You have no API tokens.</p> : null}
          />
        </Card>
      </div>
    </>
  );
}
