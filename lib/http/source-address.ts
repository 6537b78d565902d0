/**
 * The client address for audit records and sign-in throttling. The server entry (server/serve.ts)
 * replaces X-Forwarded-For with the single address it decided to believe (lib/http/forwarded-request.ts):
 * the socket's peer, or what trusted proxies reported when BATON_TRUST_PROXY is set.
 */
export function sourceAddress(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",").pop()?.trim() || null;
}

