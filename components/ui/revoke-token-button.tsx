"use client";

import { useState } from "react";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";

interface RevokeTokenButtonProps {
  /** What kind of token, as the button's name and the dialog's title say it ("API token"). */
  kind: string;
  token: { id: string; name: string };
  /** What stops working once it is revoked. */
  consequence: string;
  /** The row's revoke mutation: its state shows in the dialog, and closing the dialog resets it. */
  revoke: { isPending: boolean; error: unknown; reset: () => void; mutate: (tokenId: string, options: { onSuccess: () => void }) => void };
}

/** A token row's Revoke, after asking: a revoked token cannot be brought back. */
export function RevokeTokenButton({ kind, token, consequence, revoke }: RevokeTokenButtonProps) {
  const [open, setOpen] = useState(false);
  const close = () => (setOpen(false), revoke.reset());
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)} aria-label={`Revoke ${kind} ${token.name}`}>
        Revoke
      </Button>
      <ConfirmDialog
        open={open}
        title={`Revoke ${kind} ${token.name}?`}
        description={`${consequence} A revoked token cannot be used again.`}
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        error={revoke.error}
        errorTitle="The token was not revoked"
        onConfirm={() => revoke.mutate(token.id, { onSuccess: close })}
        onCancel={close}
      />
    </>
  );
}
