"use client";

import { useState } from "react";
import { ApiError } from "@/components/api/fetch-json";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { useDeleteAsset, type AssetCollection } from "./use-assets";

interface RunbookRef {
  id: string;
  name: string;
}

/** The runbooks a 409 names as still using the asset (error.details.referencedBy). */
function referencesOf(error: unknown): RunbookRef[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const refs = error.details?.referencedBy;
  return Array.isArray(refs) ? (refs as RunbookRef[]) : null;
}

/** Delete with confirmation; when published runbooks still use the asset, lists them and offers "Delete anyway". */
export function DeleteAssetButton({ collection, name, label }: { collection: AssetCollection; name: string; label: string }) {
  const [open, setOpen] = useState(false);
  const del = useDeleteAsset(collection);
  const references = referencesOf(del.error);
  const close = () => {
    setOpen(false);
    del.reset();
  };
  const run = (force: boolean) => del.mutate({ name, force }, { onSuccess: close });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} aria-label={`Delete ${label} ${name}`}>
        Delete
      </Button>
      <Dialog open={open} onClose={close} title={`Delete ${label} ${name}?`} description="Runbooks that read it will fail once it is gone. This cannot be undone.">
        {references ? (
          <div role="alert" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p className="font-medium">Published runbooks still use {name}:</p>
            <ul className="mt-1 list-disc pl-5">
              {references.map((r) => (
                <li key={r.id}>
                  <a className="underline" href={`/runbooks/${r.id}`}>
                    {r.name}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <ErrorMessage error={del.error} className="mb-4" title="The asset was not deleted" />
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={close}>Cancel</Button>
          {references ? (
            <Button variant="danger" pending={del.isPending} onClick={() => run(true)}>
              Delete anyway
            </Button>
          ) : (
            <Button variant="danger" pending={del.isPending} onClick={() => run(false)}>
              Delete
            </Button>
          )}
        </div>
      </Dialog>
    </>
  );
}
