"use client";

import { RevokeTokenButton } from "@/components/ui/revoke-token-button";
import type { RegistrationTokenView } from "@/lib/workers/registration-tokens/registration-token-view";
import { useRevokeRegistrationToken } from "./use-registration-tokens";

/** Revoke, after asking: the token stops admitting workers at once. */
export function RevokeRegistrationTokenButton({ token }: { token: RegistrationTokenView }) {
  const revoke = useRevokeRegistrationToken(token.group);
  return <RevokeTokenButton kind="registration token" token={token} consequence={`It stops admitting workers to ${token.group} at once.`} revoke={revoke} />;
}
