"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { useDeleteModule } from "./use-modules";

/** Runbooks that import the module fail from their next job on, so the user confirms first. */
export function DeleteModuleButton({ name, onDeleted }: { name: string; onDeleted: () => void }) {
  const remove = useDeleteModule(name);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete module
      </Button>
      <Dialog open={open} onClose={close} title={`Delete ${name}?`} description="All its versions are deleted. Jobs that start afterwards can no longer import it.">
        <div className="space-y-4">
          <ErrorMessage error={remove.error} title="The module was not deleted" />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
            <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}>
              Delete
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
