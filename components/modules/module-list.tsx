"use client";

import Link from "next/link";
import { useCan } from "@/components/auth/principal-context";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import type { ModuleSummary } from "@/lib/modules/module-views";
import { UploadModuleForm } from "./upload-module-form";
import { useModules } from "./use-modules";

const columns: DataTableColumn<ModuleSummary>[] = [
  {
    key: "name",
    header: "Name",
    cell: (m) => (
      <>
        <Link href={`/modules/${encodeURIComponent(m.name)}`} className="font-medium text-indigo-700 hover:underline">
          {m.name}
        </Link>
        {m.description ? <div className="text-xs text-slate-500">{m.description}</div> : null}
      </>
    ),
  },
  { key: "activeVersion", header: "Active version", className: "font-mono text-xs", cell: (m) => m.activeVersion ?? "—" },
  { key: "commands", header: "Commands", className: "tabular-nums", cell: (m) => m.commandCount },
  { key: "versions", header: "Versions", className: "tabular-nums", cell: (m) => m.versionCount },
  { key: "updated", header: "Updated", className: "whitespace-nowrap text-slate-600", cell: (m) => formatDateTime(m.updatedAt) },
];

export function ModuleList() {
  const modules = useModules();
  const canWrite = useCan("module.write");
  const items = modules.data ?? [];
  return (
    <>
      <PageHeader
        title="Modules"
        description={
          <>
            PowerShell modules runbooks can import. Workers copy the active version of each before every job, so <code className="font-mono text-xs">Import-Module</code> finds it.
          </>
        }
      />
      {canWrite ? (
        <div className="mb-6">
          <UploadModuleForm />
        </div>
      ) : null}
      <ErrorMessage error={modules.error} title="Could not load modules" />
      <DataTable
        loading={modules.isPending && "Loading modules…"}
        columns={columns}
        rows={items}
        rowKey={(m) => m.name}
        empty={modules.error ? null : <EmptyState title="No modules yet">{canWrite ? "Upload a module's .zip above." : "An author uploads modules here."}</EmptyState>}
      />
    </>
  );
}
