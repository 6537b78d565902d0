import { AppError } from "@/lib/errors";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for cookie-authenticated writes. The session cookie is SameSite=Lax, which stops
 * cross-site form posts, but not a sibling subdomain; so a write must also come from this origin.
 * Browsers say so in Sec-Fetch-Site; older ones send Origin, compared with the Host it reached.
 * A request with neither is not from a browser page (curl, scripts), which CSRF cannot forge.
 */
export function assertSameOrigin(method: string, headers: Headers): void {
  if (safeMethods.has(method.toUpperCase())) return;
  const site = headers.get("sec-fetch-site");
  if (site) {
    if (site === "same-origin" || site === "none") return;
    throw new AppError("forbidden", "Cross-site request refused: send writes from the Baton portal or with an API token");
  }
  const origin = headers.get("origin");
  if (!origin) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = "";
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host || originHost !== host) throw new AppError("forbidden", "Cross-site request refused: send writes from the Baton portal or with an API token");
}
