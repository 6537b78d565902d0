import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { nextAuthOptions } from "@/lib/auth/next-auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(req: NextRequest, ctx: Context): Promise<Response> {
  return NextAuth(req, ctx, nextAuthOptions());
}

export { handler as GET, handler as POST };
