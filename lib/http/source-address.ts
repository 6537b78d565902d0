/**
 * The client address for audit records. Next puts the socket's peer in x-forwarded-for; behind a
 * reverse proxy the last entry is the one the nearest proxy added, while earlier entries are whatever
 * the client claimed, so the last is the one worth recording.
 */
export function sourceAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || headers.get("x-real-ip")?.trim() || null;
}
