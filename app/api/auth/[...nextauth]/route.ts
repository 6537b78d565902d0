import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { readBodyText } from "@/lib/http/read-body-text";
import { sourceAddress } from "@/lib/http/source-address";
import { toHttpResponse } from "@/lib/http/to-http-response";
import { nextAuthOptions } from "@/lib/sign-in/next-auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

/** Sign-in, sign-out and CSRF forms are a few hundred bytes; anything near this is not a browser's form. */
const authBodyLimitBytes = 64 * 1024;

/**
 * next-auth reads a POST body whole (`req.text()` / `req.json()`) before it looks at it, so an
 * unauthenticated chunked upload would sit in memory. The body is read here first, counted as it
 * streams and cut off at the limit (413), and next-auth gets a copy of the request holding that text.
 */
async function withBoundedBody(req: NextRequest): Promise<NextRequest> {
  if (req.method !== "POST" || !req.body) return req;
  const text = await readBodyText(req, authBodyLimitBytes);
  return new NextRequest(req.url, { method: req.method, headers: req.headers, body: text });
}

async function handler(req: NextRequest, ctx: Context): Promise<Response> {
  let bounded: NextRequest;
  try {
    bounded = await withBoundedBody(req);
  } catch (err) {
    return toHttpResponse(err);
  }
  return NextAuth(bounded, ctx, nextAuthOptions({ sourceAddress: sourceAddress(req.headers), userAgent: req.headers.get("user-agent") }));
}

export { handler as GET, handler as POST };
