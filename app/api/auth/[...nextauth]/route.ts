import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { nextAuthOptions } from "@/lib/sign-in/next-auth-options";
import { sourceAddress } from "@/lib/http/source-address";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(req: NextRequest, ctx: Context): Promise<Response> {
  return NextAuth(req, ctx, nextAuthOptions({ sourceAddress: sourceAddress(req.headers), userAgent: req.headers.get("user-agent") }));
}

export { handler as GET, handler as POST };
