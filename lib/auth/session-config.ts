import { deriveSubkey, loadMasterKey } from "@/lib/crypto/keyring";
import { getEnv } from "@/lib/env";

/** Browser sessions last this long without activity before the user must sign in again. */
export const sessionMaxAgeSeconds = 12 * 60 * 60;

/**
 * next-auth's session cookie name: __Secure- prefixed when the public URL is https (next-auth decides
 * the same way). Only that name is read: on HTTPS a cookie without the prefix could have been planted
 * over plain HTTP or by a sibling subdomain, which is what the prefix rules out.
 */
export function sessionCookieName(): string {
  return getEnv().publicUrl.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

let secret: string | undefined;

/** The session-signing secret, derived from the master key (never the encryption key itself). */
export function sessionSecret(): string {
  if (!secret) {
    const env = getEnv();
    secret = deriveSubkey(loadMasterKey({ secret: env.BATON_SECRET, dataDir: env.dataDir }), "session").toString("base64url");
  }
  return secret;
}
