"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { useDeleteRunbook } from "./use-runbooks";

export function DeleteRunbookButton({ runbookId, runbookName }: { runbookId: string; runbookName: string }) {
  const router = useRouter();
  const remove = useDeleteRunbook(runbookId);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete runbook
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Delete ${runbookName}?`} description="Its versions and finished jobs are deleted too. This cannot be undone.">
        <ErrorMessage error={remove.error} title="The runbook was not deleted" className="mb-4" />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => router.push("/runbooks") })}>
            Delete
          </Button>
        </div>
      </Dialog>
    </>
  );
}
