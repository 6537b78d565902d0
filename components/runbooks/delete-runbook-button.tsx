"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { useDeleteRunbook } from "./use-runbooks";

/** Deleting cannot be undone, so the user types the runbook's name to confirm. */
export function DeleteRunbookButton({ runbookId, runbookName }: { runbookId: string; runbookName: string }) {
  const router = useRouter();
  const remove = useDeleteRunbook(runbookId);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const confirmed = typed === runbookName;

  function close() {
    setOpen(false);
    setTyped("");
    remove.reset();
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (confirmed) remove.mutate(undefined, { onSuccess: () => router.push("/runbooks") });
  }

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete runbook
      </Button>
      <Dialog open={open} onClose={close} title={`Delete ${runbookName}?`} description="Its versions and finished jobs are deleted too. This cannot be undone.">
        <form onSubmit={onSubmit} className="space-y-4">
          <ErrorMessage error={remove.error} title="The runbook was not deleted" />
          <Field label={`Type ${runbookName} to confirm`}>
            {(p) => <Input {...p} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} autoFocus />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" pending={remove.isPending} disabled={!confirmed}>
              Delete
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
