import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { RequiredPasswordChange } from "@/components/auth/required-password-change";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { BatonMark } from "@/components/shell/baton-mark";
import { resolvePrincipal } from "@/lib/auth/resolve-principal";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Choose a new password" };

/** Where the portal sends a user whose password was set by someone else, until they choose their own. */
export default async function ChangePasswordPage() {
  const principal = await resolvePrincipal(await getDb(), await headers());
  if (!principal) redirect("/login");
  if (!principal.mustChangePassword) redirect("/settings/password");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <BatonMark className="size-10" />
          <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
          <p className="text-sm text-slate-600">
            Signed in as <span className="font-medium">{principal.name}</span>. Your password was set by an administrator or generated at setup;
            choose your own before you continue.
          </p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <RequiredPasswordChange />
        </div>
        <div className="mt-4 flex justify-center">
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
