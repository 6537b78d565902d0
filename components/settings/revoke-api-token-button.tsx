"use client";

import { RevokeTokenButton } from "@/components/ui/revoke-token-button";
import type { ApiTokenView } from "@/lib/tokens/api-token-view";
import { useRevokeApiToken } from "./use-api-tokens";

/** Revoke, after asking: whatever calls the API with the token is refused at once. */
export function RevokeApiTokenButton({ token }: { token: ApiTokenView }) {
  const revoke = useRevokeApiToken();
  return <RevokeTokenButton kind="API token" token={token} consequence="Anything that calls Baton's API with it is refused from now on." revoke={revoke} />;
}
