import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { applyForwardedView, resolveForwarded } from "@/lib/http/forwarded-request";
import { contentSecurityPolicy, needsContentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Wraps Next's request handler with what belongs to the transport: one believable view of the
 * client (address, scheme, host), the security headers on every response, and a fresh CSP nonce per
 * request. Next reads the policy from the request to put the nonce on its own script tags.
 */
export function secureRequestHandler(handle: Handler, options: { trustedProxies: number }): Handler {
  return async (req, res) => {
    const view = resolveForwarded(req.headers, { remoteAddress: req.socket.remoteAddress, encrypted: Boolean((req.socket as TLSSocket).encrypted) }, options.trustedProxies);
    applyForwardedView(req.headers, view);
    for (const [name, value] of Object.entries(securityHeaders({ https: view.proto === "https" }))) res.setHeader(name, value);
    delete req.headers["content-security-policy"];
    delete req.headers["content-security-policy-report-only"];
    if (needsContentSecurityPolicy(req.url ?? "/")) {
      const policy = contentSecurityPolicy(crypto.randomBytes(16).toString("base64"));
      req.headers["content-security-policy"] = policy;
      res.setHeader("Content-Security-Policy", policy);
    }
    try {
      await handle(req, res);
    } catch (err) {
      // Next renders its own error pages; this is the last line, and it never shows the error itself.
      console.error("[baton] request failed:", err);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal server error");
    }
  };
}
