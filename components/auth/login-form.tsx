"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { oidcProviderId } from "@/lib/sign-in/oidc-provider";
import { signInErrorMessage } from "@/lib/sign-in/sign-in-errors";

/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

/** oidcName: the configured OpenID Connect provider's display name, when there is one. */
export function LoginForm({ callbackUrl, initialError, oidcName }: { callbackUrl?: string; initialError?: string; oidcName?: string }) {
  const [error, setError] = useState<string | null>(initialError ? signInErrorMessage(initialError) : null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (!result || result.error || !result.ok) {
        setError(signInErrorMessage(result?.error));
        setPending(false);
        return;
      }
      // A full navigation, so the server layout reads the new session cookie.
      window.location.assign(safeCallback(callbackUrl));
    } catch {
      setError("Could not reach the Baton server. Try again.");
      setPending(false);
    }
  }

  // POST, so a submit the browser makes on its own can never put the password in a URL.
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </div>
      ) : null}
      <Field label="Username">{(p) => <Input {...p} name="username" autoComplete="username" required autoFocus />}</Field>
      <Field label="Password">{(p) => <Input {...p} name="password" type="password" autoComplete="current-password" required />}</Field>
      <Button type="submit" variant="primary" pending={pending} disabled={!hydrated} className="w-full">
        Sign in
      </Button>
      {oidcName ? (
        <>
          <div className="flex items-center gap-3 text-xs text-slate-500" aria-hidden>
            <span className="h-px flex-1 bg-slate-200" />
            or
            <span className="h-px flex-1 bg-slate-200" />
          </div>
          <Button type="button" className="w-full" disabled={pending || !hydrated} onClick={() => void signIn(oidcProviderId, { callbackUrl: safeCallback(callbackUrl) })}>
            Sign in with {oidcName}
          </Button>
        </>
      ) : null}
    </form>
  );
}
