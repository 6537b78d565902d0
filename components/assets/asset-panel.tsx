"use client";

import { useState, type ReactNode } from "react";
import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { AssetTable, type AssetColumn, type AssetRow } from "./asset-table";
import type { AssetCollection } from "./use-assets";

/** A kind's table with a "New" button; create and edit open the kind's form in a dialog. */
export function AssetPanel<T extends AssetRow>({
  collection,
  label,
  query,
  columns,
  form,
}: {
  collection: AssetCollection;
  label: string;
  query: { data?: T[]; isPending: boolean; error: unknown };
  columns: AssetColumn<T>[];
  form: (editing: T | undefined, done: () => void) => ReactNode;
}) {
  const canWrite = useCan("asset.write");
  // null: no form; "new": the create form; a row: its edit form.
  const [target, setTarget] = useState<null | "new" | T>(null);
  const openNew = () => setTarget("new");
  const openEdit = (row: T) => setTarget(row);
  const close = () => setTarget(null);
  const title = target === "new" ? `New ${label}` : target ? `Edit ${label} ${target.name}` : "";
  return (
    <div className="space-y-4">
      {canWrite ? (
        <div className="flex justify-end">
          <Button variant="primary" onClick={openNew}>New {label}</Button>
        </div>
      ) : null}
      <AssetTable collection={collection} label={label} query={query} columns={columns} onEdit={openEdit} />
      <Dialog open={target !== null} onClose={close} title={title}>
        {target !== null ? form(target === "new" ? undefined : target, close) : null}
      </Dialog>
    </div>
  );
}
