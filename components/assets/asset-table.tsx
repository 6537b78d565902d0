"use client";

import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { actionsColumn, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { DeleteAssetButton } from "./delete-asset-button";
import type { AssetCollection } from "./use-assets";

export interface AssetRow {
  id: string;
  name: string;
  description: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** A kind-specific column; its header doubles as its key, so headers are unique within a kind. */
export type AssetColumn<T> = Pick<DataTableColumn<T>, "cell"> & { header: string };

interface AssetTableProps<T extends AssetRow> {
  collection: AssetCollection;
  /** Singular, lower case: "variable", "connection type". */
  label: string;
  query: { data?: T[]; isPending: boolean; error: unknown };
  columns: AssetColumn<T>[];
  onEdit: (row: T) => void;
}

/** One asset kind as a table: name and description, kind-specific columns, who updated it and when. */
export function AssetTable<T extends AssetRow>({ collection, label, query, columns, onEdit }: AssetTableProps<T>) {
  const canWrite = useCan("asset.write");
  if (query.error) return <ErrorMessage error={query.error} title={`The ${label}s could not be loaded`} />;
  const custom = columns.map((c): DataTableColumn<T> => ({ key: c.header, header: c.header, className: "text-slate-700", cell: c.cell }));
  return (
    <DataTable
      loading={query.isPending && `Loading ${label}s…`}
      density="compact"
      columns={[
        // Names may be 128 characters and descriptions 512: both are cut short (in full on hover), the
        // description under the name, so a row's buttons stay in view on a laptop screen.
        {
          key: "name",
          header: "Name",
          rowHeader: true,
          className: "font-medium text-slate-900",
          cell: (row) => (
            <>
              <span className="block max-w-[16rem] truncate" title={row.name}>
                {row.name}
              </span>
              {row.description ? (
                <span className="block max-w-[16rem] truncate text-xs font-normal text-slate-500" title={row.description}>
                  {row.description}
                </span>
              ) : null}
            </>
          ),
        },
        ...custom,
        {
          key: "updated",
          header: "Updated",
          className: "whitespace-nowrap text-slate-600",
          cell: (row) => (
            <>
              {formatDateTime(row.updatedAt)}
              {row.updatedBy ? (
                <span className="block max-w-[12rem] truncate text-xs text-slate-500" title={row.updatedBy}>
                  by {row.updatedBy}
                </span>
              ) : null}
            </>
          ),
        },
        canWrite &&
          actionsColumn<T>((row) => (
            <div className="flex justify-end gap-2">
              <Button onClick={() => onEdit(row)} aria-label={`Edit ${label} ${row.name}`}>Edit</Button>
              <DeleteAssetButton collection={collection} name={row.name} label={label} />
            </div>
          )),
      ]}
      rows={query.data ?? []}
      rowKey={(row) => row.id}
      empty={<EmptyState title={`No ${label}s yet`}>{canWrite ? `Create one with “New ${label}”.` : undefined}</EmptyState>}
    />
  );
}
