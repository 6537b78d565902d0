/** Credentials a caller may send along (or a proxy may add) that a runbook must never see. */
const droppedHeaders = new Set(["authorization", "proxy-authorization", "cookie"]);

/**
 * The request's headers as a runbook sees them in `$WebhookData.RequestHeader`: credentials, cookies
 * and Baton's own x-baton-* headers are dropped, and so is any header that carries the webhook's token
 * (a proxy may copy the request path into one).
 */
export function webhookRequestHeader(headers: Headers, token: string): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (droppedHeaders.has(lower) || lower.startsWith("x-baton-")) return;
    if (token && value.includes(token)) return;
    result[name] = value;
  });
  return result;
}
