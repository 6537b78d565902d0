"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { useDeleteSchedule } from "./use-schedules";

/** Delete with a confirmation: the links and history go, the jobs it started stay. */
export function DeleteScheduleButton({ id, name, onDeleted, compact = false }: { id: string; name: string; onDeleted?: () => void; compact?: boolean }) {
  const [open, setOpen] = useState(false);
  const del = useDeleteSchedule();
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} aria-label={compact ? `Delete ${name}` : undefined}>
        Delete
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Delete ${name}?`} description="Its runbook links and occurrence history are deleted; the jobs it started stay.">
        <ErrorMessage error={del.error} title="The schedule was not deleted" className="mb-3" />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button variant="danger" pending={del.isPending} onClick={() => del.mutate(id, { onSuccess: () => (setOpen(false), onDeleted?.()) })}>
            Delete schedule
          </Button>
        </div>
      </Dialog>
    </>
  );
}
