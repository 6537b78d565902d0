"use client";

import Link from "next/link";
import { useCan } from "@/components/auth/principal-context";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { UploadModuleForm } from "./upload-module-form";
import { useModules } from "./use-modules";

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
      {modules.isPending ? (
        <Spinner label="Loading modules…" />
      ) : items.length === 0 && !modules.error ? (
        <EmptyState title="No modules yet">{canWrite ? "Upload a module's .zip above." : "An author uploads modules here."}</EmptyState>
      ) : items.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Active version</th>
                <th scope="col" className="px-4 py-3">Commands</th>
                <th scope="col" className="px-4 py-3">Versions</th>
                <th scope="col" className="px-4 py-3">Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((m) => (
                <tr key={m.name}>
                  <td className="px-4 py-3">
                    <Link href={`/modules/${encodeURIComponent(m.name)}`} className="font-medium text-indigo-700 hover:underline">
                      {m.name}
                    </Link>
                    {m.description ? <div className="text-xs text-slate-500">{m.description}</div> : null}
                  </td>
                  <td className="px-4 py-3 font-mono text-xs">{m.activeVersion ?? "—"}</td>
                  <td className="px-4 py-3 tabular-nums">{m.commandCount}</td>
                  <td className="px-4 py-3 tabular-nums">{m.versionCount}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">{formatDateTime(m.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
