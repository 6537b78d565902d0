"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { RegistrationTokenView } from "@/lib/workers/registration-tokens/registration-token-view";
import { useRevokeRegistrationToken } from "./use-registration-tokens";

/** Revoke, after asking: the token stops admitting workers at once and cannot be brought back. */
export function RevokeRegistrationTokenButton({ token }: { token: RegistrationTokenView }) {
  const [open, setOpen] = useState(false);
  const revoke = useRevokeRegistrationToken(token.group);
  const close = () => (setOpen(false), revoke.reset());
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)} aria-label={`Revoke registration token ${token.name}`}>
        Revoke
      </Button>
      <ConfirmDialog
        open={open}
        title={`Revoke registration token ${token.name}?`}
        description={`It stops admitting workers to ${token.group} at once. A revoked token cannot be used again.`}
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
