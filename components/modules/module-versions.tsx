"use client";

import { useCan } from "@/components/auth/principal-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { actionsColumn, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import type { ModuleVersionView } from "@/lib/modules/module-views";
import { useActivateModuleVersion, useDeleteModuleVersion, useModuleVersions } from "./use-modules";

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

const columns: DataTableColumn<ModuleVersionView>[] = [
  {
    key: "version",
    header: "Version",
    className: "whitespace-nowrap",
    cell: (v) => (
      <>
        <span className="font-mono text-xs">{v.version}</span> {v.isActive ? <Badge tone="green">active</Badge> : null}
      </>
    ),
  },
  { key: "commands", header: "Commands", className: "tabular-nums", cell: (v) => v.commands.length },
  { key: "size", header: "Size", className: "whitespace-nowrap tabular-nums text-slate-600", cell: (v) => formatSize(v.sizeBytes) },
  {
    key: "uploaded",
    header: "Uploaded",
    className: "whitespace-nowrap text-slate-600",
    cell: (v) => `${formatDateTime(v.uploadedAt)}${v.uploadedBy ? ` by ${v.uploadedBy}` : ""}`,
  },
];

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
      <DataTable
        loading={versions.isPending && "Loading versions…"}
        variant="inline"
        columns={[
          ...columns,
          canWrite &&
            actionsColumn<ModuleVersionView>(
              (v) => (
                <>
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
                </>
              ),
              "whitespace-nowrap",
            ),
        ]}
        rows={items}
        rowKey={(v) => v.version}
      />
    </Card>
  );
}
