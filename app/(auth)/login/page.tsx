import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { BatonMark } from "@/components/shell/baton-mark";
import { resolvePrincipal } from "@/lib/auth/resolve-principal";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

type Search = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  if (await resolvePrincipal(await getDb(), await headers())) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <BatonMark className="size-10" />
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Baton</h1>
          <p className="text-sm text-slate-600">Runbook automation for your infrastructure.</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={first(params.callbackUrl)} initialError={first(params.error)} oidcName={getEnv().oidc?.name} />
        </div>
      </div>
    </main>
  );
}
