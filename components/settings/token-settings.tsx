"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { CreateTokenForm } from "./create-token-form";
import { useApiTokens, useRevokeApiToken } from "./use-api-tokens";

const statusTone = { active: "green", expired: "gray", revoked: "red" } as const;

export function TokenSettings() {
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  return (
    <>
      <PageHeader title="API tokens" description="Personal tokens for scripts and CI to call Baton's REST API as you. Only a hash is stored." />
      <div className="space-y-6">
        <Card title="New token">
          <CreateTokenForm />
        </Card>
        <Card title="Your tokens">
          <ErrorMessage error={tokens.error ?? revoke.error} />
          {tokens.isPending ? <Spinner label="Loading tokens…" /> : null}
          {tokens.data?.length === 0 ? <p className="text-sm text-slate-500">You have no API tokens.</p> : null}
          {tokens.data?.length ? (
            <table className="min-w-full text-sm">
              <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Token</th>
                  <th scope="col" className="py-2 pr-4">Status</th>
                  <th scope="col" className="py-2 pr-4">Created</th>
                  <th scope="col" className="py-2 pr-4">Expires</th>
                  <th scope="col" className="py-2 pr-4">Last used</th>
                  <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {tokens.data.map((t) => (
                  <tr key={t.id}>
                    <td className="py-2 pr-4 font-medium">{t.name}</td>
                    <td className="py-2 pr-4 font-mono text-xs text-slate-600">{t.prefix}…</td>
                    <td className="py-2 pr-4"><Badge tone={statusTone[t.status]}>{t.status}</Badge></td>
                    <td className="whitespace-nowrap py-2 pr-4 text-slate-600">{formatDateTime(t.createdAt)}</td>
                    <td className="whitespace-nowrap py-2 pr-4 text-slate-600">{t.expiresAt ? formatDateTime(t.expiresAt) : "Never"}</td>
                    <td className="whitespace-nowrap py-2 pr-4 text-slate-600">{formatDateTime(t.lastUsedAt)}</td>
                    <td className="py-2 text-right">
                      {t.status === "active" ? (
                        <Button
                          variant="danger"
                          disabled={revoke.isPending}
                          onClick={() => {
                            if (window.confirm(`Revoke ${t.name}? Anything using it stops working at once.`)) revoke.mutate(t.id);
                          }}
                        >
                          Revoke
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </Card>
      </div>
    </>
  );
}
