"use client";

import type { ReactNode } from "react";
import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { Spinner } from "@/components/ui/spinner";
import { DeleteAssetButton } from "./delete-asset-button";
import type { AssetCollection } from "./use-assets";

export interface AssetRow {
  id: string;
  name: string;
  description: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface AssetColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface AssetTableProps<T extends AssetRow> {
  collection: AssetCollection;
  /** Singular, lower case: "variable", "connection type". */
  label: string;
  query: { data?: T[]; isPending: boolean; error: unknown };
  columns: AssetColumn<T>[];
  onEdit: (row: T) => void;
}

/** One asset kind as a table: name, description, kind-specific columns, who updated it and when. */
export function AssetTable<T extends AssetRow>({ collection, label, query, columns, onEdit }: AssetTableProps<T>) {
  const canWrite = useCan("asset.write");
  if (query.isPending) return <Spinner label={`Loading ${label}s…`} />;
  if (query.error) return <ErrorMessage error={query.error} title={`The ${label}s could not be loaded`} />;
  const rows = query.data ?? [];
  if (rows.length === 0) return <EmptyState title={`No ${label}s yet`}>{canWrite ? `Create one with “New ${label}”.` : undefined}</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Description</th>
            {columns.map((c) => (
              <th key={c.header} scope="col" className="px-4 py-2">{c.header}</th>
            ))}
            <th scope="col" className="px-4 py-2">Updated</th>
            {canWrite ? <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">{row.name}</th>
              <td className="max-w-xs truncate px-4 py-2 text-slate-600">{row.description || "—"}</td>
              {columns.map((c) => (
                <td key={c.header} className="px-4 py-2 text-slate-700">{c.cell(row)}</td>
              ))}
              <td className="whitespace-nowrap px-4 py-2 text-slate-600">
                {formatDateTime(row.updatedAt)}
                {row.updatedBy ? <span className="block text-xs text-slate-500">by {row.updatedBy}</span> : null}
              </td>
              {canWrite ? (
                <td className="px-4 py-2">
                  <div className="flex justify-end gap-2">
                    <Button onClick={() => onEdit(row)} aria-label={`Edit ${label} ${row.name}`}>Edit</Button>
                    <DeleteAssetButton collection={collection} name={row.name} label={label} />
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
