import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, needsContentSecurityPolicy, securityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string> {
  return new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.slice(d.indexOf(" ") + 1)]));
}

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce and never inline or eval", () => {
    const csp = directives(contentSecurityPolicy("abc123"));
    expect(csp.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp.get("script-src")).not.toMatch(/unsafe/);
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
  });

  it("is skipped only for static build files", () => {
    expect(needsContentSecurityPolicy("/_next/static/chunks/app.js")).toBe(false);
    expect(needsContentSecurityPolicy("/runbooks/x?tab=edit")).toBe(true);
    expect(needsContentSecurityPolicy("/api/v1/jobs")).toBe(true);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS over HTTPS only", () => {
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(securityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("forbids framing and MIME sniffing", () => {
    const headers = securityHeaders({ https: false });
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });
});
