"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { ErrorMessage } from "./error-message";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in the words of the thing it happens to ("Publish replaces version 3 with the draft"). */
  description: ReactNode;
  confirmLabel: string;
  /** "danger" for what cannot be undone or loses work; "primary" for a consequential but ordinary step. */
  tone?: "danger" | "primary";
  pending?: boolean;
  /** The failed attempt's error, shown in the dialog so the user can retry or cancel. */
  error?: unknown;
  errorTitle?: string;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
}

/**
 * Asks before an action, as Azure's portal does. Cancel comes first, so it takes the focus when the
 * dialog opens: Enter on a stray keypress cancels; Tab then Enter confirms; Escape closes.
 */
export function ConfirmDialog({ open, title, description, confirmLabel, tone = "danger", pending = false, error, errorTitle, onConfirm, onCancel, children }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onCancel} title={title} description={description}>
      {children}
      <ErrorMessage error={error} title={errorTitle} className="mb-4" />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant={tone} pending={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
