"use client";

import { useState } from "react";
import { useCan } from "@/components/auth/principal-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { actionsColumn, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import type { RegistrationTokenView } from "@/lib/workers/registration-tokens/registration-token-view";
import { CreateRegistrationTokenDialog } from "./create-registration-token-dialog";
import { RevokeRegistrationTokenButton } from "./revoke-registration-token-button";
import { useRegistrationTokens } from "./use-registration-tokens";
import { useWorkerGroups } from "./use-workers";

const selectClass =
  "block w-full max-w-xs rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none";

const statusTone = { active: "green", expired: "gray", revoked: "red" } as const;

const columns: DataTableColumn<RegistrationTokenView>[] = [
  {
    key: "name",
    header: "Name",
    className: "font-medium",
    rowHeader: true,
    cell: (t) => (
      <span className="block max-w-[16rem] truncate" title={t.name}>
        {t.name}
      </span>
    ),
  },
  { key: "token", header: "Token", className: "whitespace-nowrap font-mono text-xs text-slate-600", cell: (t) => `${t.prefix}…` },
  { key: "status", header: "State", cell: (t) => <Badge tone={statusTone[t.status]}>{t.status}</Badge> },
  {
    key: "created",
    header: "Created",
    className: "whitespace-nowrap text-slate-600",
    cell: (t) => (
      <>
        {formatDateTime(t.createdAt)}
        {t.createdBy ? <span className="block text-xs text-slate-500">by {t.createdBy}</span> : null}
      </>
    ),
  },
  { key: "expires", header: "Expires", className: "whitespace-nowrap text-slate-600", cell: (t) => formatDateTime(t.expiresAt) },
  { key: "lastUsed", header: "Last used", className: "whitespace-nowrap text-slate-600", cell: (t) => (t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Never") },
];

/**
 * One worker group's registration tokens at a time, picked from the groups: everyone who may see
 * workers sees the list; administrators create and revoke.
 */
export function RegistrationTokenList() {
  const groups = useWorkerGroups().data ?? [];
  const canWrite = useCan("worker.write");
  const [picked, setPicked] = useState("");
  const [creating, setCreating] = useState(false);
  // The first group until one is picked, and again when the picked one is deleted.
  const group = groups.some((g) => g.name === picked) ? picked : (groups[0]?.name ?? "");
  const tokens = useRegistrationTokens(group);
  if (!group) return null;
  const newToken = canWrite ? (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New registration token
    </Button>
  ) : null;
  return (
    <Card title="Registration tokens" actions={newToken} className="mt-6">
      <p className="mb-3 text-sm text-slate-600">
        A remote worker joins its group with only the Baton URL and one of these tokens (BATON_WORKER_TOKEN; README › Remote workers). A token is shown once, stored as a hash, expires, and can be revoked: its workers are refused from their next call.
      </p>
      <label className="mb-3 block text-sm font-medium text-slate-800">
        Worker group
        <select value={group} onChange={(e) => setPicked(e.target.value)} className={`mt-1 ${selectClass}`}>
          {groups.map((g) => (
            <option key={g.id} value={g.name}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={tokens.error} title="Could not load registration tokens" />
      <DataTable
        loading={tokens.isPending && "Loading registration tokens…"}
        variant="inline"
        aria-label={`Registration tokens of ${group}`}
        columns={[...columns, canWrite && actionsColumn<RegistrationTokenView>((t) => (t.status === "active" ? <RevokeRegistrationTokenButton token={t} /> : null))]}
        rows={tokens.data ?? []}
        rowKey={(t) => t.id}
        empty={tokens.data ? <p className="text-sm text-slate-500">No registration tokens for {group}.</p> : null}
      />
      {creating ? <CreateRegistrationTokenDialog group={group} onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}
