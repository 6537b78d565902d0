/** One year, the value browsers' HSTS preload lists expect. */
const hstsMaxAgeSeconds = 31_536_000;

/**
 * The portal's Content-Security-Policy. Scripts run only with this response's nonce (Next.js adds it
 * to its own tags when it finds the policy on the request) or when loaded by such a script
 * ('strict-dynamic': Next's chunk loader). Monaco's language worker is a bundled same-origin file.
 * style-src allows inline styles because Monaco injects <style> elements and style attributes at run
 * time without a nonce; inline CSS cannot run script, so this opens no script-injection path.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries. HSTS only over HTTPS: over plain HTTP browsers ignore it anyway. */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Job and runbook URLs stay inside Baton; same-origin fetches keep their Referer for debugging.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": `max-age=${hstsMaxAgeSeconds}; includeSubDomains` } : {}),
  };
}

/** Static build files are scripts and styles, not documents; a policy on them would only confuse workers. */
export function needsContentSecurityPolicy(pathname: string): boolean {
  return !pathname.startsWith("/_next/static/");
}
