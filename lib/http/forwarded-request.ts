import type { IncomingHttpHeaders } from "node:http";

/** What the server knows about the connection itself. */
export interface Peer {
  remoteAddress: string | undefined;
  encrypted: boolean;
}

/** Where a request really came from and how, after deciding which X-Forwarded-* entries to believe. */
export interface ForwardedView {
  clientAddress: string | null;
  proto: "http" | "https";
  /** The host the client asked for, when a trusted proxy said so; otherwise the Host header stands. */
  host: string | null;
}

function entries(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined.split(",").map((v) => v.trim()).filter(Boolean);
}

/** The entry the outermost trusted proxy wrote: each trusted hop appends one, so count from the right. */
function trustedEntry(list: string[], trustedProxies: number): string | undefined {
  return list.length ? list[Math.max(0, list.length - trustedProxies)] : undefined;
}

/** IPv4 clients on a dual-stack socket appear as ::ffff:a.b.c.d; audit records read better without the prefix. */
function plainAddress(address: string | undefined): string | null {
  if (!address) return null;
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * Without trusted proxies every X-Forwarded-* header is the client's own claim, so the socket decides.
 * With N trusted proxies in front, the client address, scheme and host are the entries the outermost
 * of them added; anything further left was supplied by the client and is ignored.
 */
export function resolveForwarded(headers: IncomingHttpHeaders, peer: Peer, trustedProxies: number): ForwardedView {
  const direct: ForwardedView = { clientAddress: plainAddress(peer.remoteAddress), proto: peer.encrypted ? "https" : "http", host: null };
  if (trustedProxies <= 0) return direct;
  const proto = trustedEntry(entries(headers["x-forwarded-proto"]), trustedProxies)?.toLowerCase();
  return {
    clientAddress: plainAddress(trustedEntry(entries(headers["x-forwarded-for"]), trustedProxies)) ?? direct.clientAddress,
    proto: proto === "https" || proto === "http" ? proto : direct.proto,
    host: trustedEntry(entries(headers["x-forwarded-host"]), trustedProxies) ?? null,
  };
}

const forwardedHeaderNames = ["forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip"];

/**
 * Rewrites the request's forwarding headers to the one view the server decided on, so Next.js,
 * next-auth and Baton's handlers (lib/http/source-address.ts) all read the same, believable values.
 */
export function applyForwardedView(headers: IncomingHttpHeaders, view: ForwardedView): void {
  for (const name of forwardedHeaderNames) delete headers[name];
  headers["x-forwarded-proto"] = view.proto;
  if (view.clientAddress) headers["x-forwarded-for"] = view.clientAddress;
  if (view.host) headers["x-forwarded-host"] = view.host;
}
