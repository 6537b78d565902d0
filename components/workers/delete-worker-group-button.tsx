"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { useDeleteWorkerGroup } from "./use-worker-group-mutations";

/** Delete with a confirmation; the server refuses (409, naming them) while workers are registered in the group. */
export function DeleteWorkerGroupButton({ name }: { name: string }) {
  const [open, setOpen] = useState(false);
  const del = useDeleteWorkerGroup(name);
  const close = () => (setOpen(false), del.reset());
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} aria-label={`Delete worker group ${name}`}>
        Delete
      </Button>
      <Dialog open={open} onClose={close} title={`Delete worker group ${name}?`} description="Only a group without registered workers can be deleted. Jobs that ran on it keep its name.">
        <ErrorMessage error={del.error} title="The worker group was not deleted" className="mb-3" />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button variant="danger" pending={del.isPending} onClick={() => del.mutate(undefined, { onSuccess: close })}>
            Delete worker group
          </Button>
        </div>
      </Dialog>
    </>
  );
}
