"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import type { DraftView } from "@/lib/runbooks/save-draft";
import { useDiscardDraft } from "./use-runbooks";

interface DiscardDraftButtonProps {
  runbookId: string;
  publishedNumber: number;
  disabled: boolean;
  onDiscarded: (draft: DraftView) => void;
}

/** Resets the draft (saved and unsaved edits alike) to the published version, after a confirmation. */
export function DiscardDraftButton({ runbookId, publishedNumber, disabled, onDiscarded }: DiscardDraftButtonProps) {
  const discard = useDiscardDraft(runbookId);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    discard.reset();
  };
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} disabled={disabled} title={disabled ? "The draft already matches the published version" : "Reset the draft to the published version"}>
        Discard draft
      </Button>
      <Dialog open={open} onClose={close} title="Discard the draft?" description={`The draft, including unsaved edits, is replaced by published version ${publishedNumber}. This cannot be undone.`}>
        <ErrorMessage error={discard.error} title="The draft was not discarded" className="mb-4" />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button
            variant="danger"
            pending={discard.isPending}
            onClick={() =>
              discard.mutate(undefined, {
                onSuccess: (draft) => {
                  onDiscarded(draft);
                  setOpen(false);
                },
              })
            }
          >
            Discard draft
          </Button>
        </div>
      </Dialog>
    </>
  );
}
