"use client";

import { useCan } from "@/components/auth/principal-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { Spinner } from "@/components/ui/spinner";
import { useActivateModuleVersion, useDeleteModuleVersion, useModuleVersions } from "./use-modules";

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Every stored version; authors activate one or delete the inactive ones. */
export function ModuleVersions({ name, onModuleDeleted }: { name: string; onModuleDeleted: () => void }) {
  const versions = useModuleVersions(name);
  const activate = useActivateModuleVersion(name);
  const remove = useDeleteModuleVersion(name);
  const canWrite = useCan("module.write");
  const items = versions.data ?? [];
  return (
    <Card title="Versions">
      <ErrorMessage error={versions.error} title="Could not load the versions" />
      <ErrorMessage error={activate.error} title="The version was not activated" className="mb-3" />
      <ErrorMessage error={remove.error} title="The version was not deleted" className="mb-3" />
      {versions.isPending ? (
        <Spinner label="Loading versions…" />
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4">Version</th>
                <th scope="col" className="py-2 pr-4">Commands</th>
                <th scope="col" className="py-2 pr-4">Size</th>
                <th scope="col" className="py-2 pr-4">Uploaded</th>
                {canWrite ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((v) => (
                <tr key={v.version}>
                  <td className="whitespace-nowrap py-2 pr-4">
                    <span className="font-mono text-xs">{v.version}</span> {v.isActive ? <Badge tone="green">active</Badge> : null}
                  </td>
                  <td className="py-2 pr-4 tabular-nums">{v.commands.length}</td>
                  <td className="whitespace-nowrap py-2 pr-4 tabular-nums text-slate-600">{formatSize(v.sizeBytes)}</td>
                  <td className="whitespace-nowrap py-2 pr-4 text-slate-600">
                    {formatDateTime(v.uploadedAt)}
                    {v.uploadedBy ? ` by ${v.uploadedBy}` : ""}
                  </td>
                  {canWrite ? (
                    <td className="whitespace-nowrap py-2 text-right">
                      {v.isActive ? null : (
                        <Button variant="secondary" pending={activate.isPending && activate.variables === v.version} onClick={() => activate.mutate(v.version)} aria-label={`Activate ${v.version}`}>
                          Activate
                        </Button>
                      )}{" "}
                      {v.isActive && items.length > 1 ? null : (
                        <Button
                          variant="danger"
                          pending={remove.isPending && remove.variables === v.version}
                          onClick={() => remove.mutate(v.version, { onSuccess: (r) => (r.moduleDeleted ? onModuleDeleted() : undefined) })}
                          aria-label={`Delete ${v.version}`}
                        >
                          Delete
                        </Button>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
