"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { useDeleteWebhook } from "./use-webhooks";

/** Delete with confirmation: the URL stops working at once and cannot be restored. */
export function DeleteWebhookButton({ runbookId, webhookId, name }: { runbookId: string; webhookId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const del = useDeleteWebhook(runbookId);
  const close = () => {
    setOpen(false);
    del.reset();
  };
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} aria-label={`Delete webhook ${name}`}>
        Delete
      </Button>
      <Dialog open={open} onClose={close} title={`Delete webhook ${name}?`} description="Its URL stops working at once; callers get 404. Jobs it started are kept. This cannot be undone.">
        <ErrorMessage error={del.error} className="mb-4" title="The webhook was not deleted" />
        <div className="flex justify-end gap-2">
          <Button onClick={close}>Cancel</Button>
          <Button variant="danger" pending={del.isPending} onClick={() => del.mutate(webhookId, { onSuccess: close })}>
            Delete webhook
          </Button>
        </div>
      </Dialog>
    </>
  );
}
