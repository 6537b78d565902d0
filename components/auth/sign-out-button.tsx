"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const hydrated = useHydrated();
  async function onClick() {
    setPending(true);
    setFailed(false);
    try {
      await signOut({ redirect: false });
      window.location.assign("/login");
    } catch {
      setFailed(true);
      setPending(false);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      {failed ? (
        <span role="alert" className="text-xs text-red-700">
          Sign-out failed; try again.
        </span>
      ) : null}
      <Button variant="ghost" pending={pending} disabled={!hydrated} onClick={onClick}>
        Sign out
      </Button>
    </span>
  );
}
