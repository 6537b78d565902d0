"use client";

import { ChangePasswordForm } from "@/components/settings/change-password-form";

/** The forced change: once the new password is set, a full navigation lets the portal gate re-read the session. */
export function RequiredPasswordChange() {
  return <ChangePasswordForm onChanged={() => window.location.assign("/")} />;
}
