"use client";

import { useId, useState } from "react";
import { Button } from "./button";

interface OneTimeSecretProps {
  /** The field's label, which names the secret ("API token", "Webhook URL"). */
  label: string;
  secret: string;
  /** What Baton keeps a hash of, when that is only part of the secret ("the token in it"). */
  hashOf?: string;
  /** What to do when it is lost. */
  lostHint: string;
}

/**
 * A secret the server returns once and stores only a hash of: a read-only field to copy it from, a
 * Copy button, and the warning that it will not be shown again.
 */
export function OneTimeSecret({ label, secret, hashOf = "it", lostHint }: OneTimeSecretProps) {
  const id = useId();
  // The secret copied, not a flag: a new secret in the same place is not "Copied" yet.
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
        <p className="font-semibold">Copy it now: it is shown this once and never again.</p>
        <p className="mt-1">
          Baton stores only a hash of {hashOf}. {lostHint}
        </p>
      </div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex items-center gap-2">
        {/* A text area, so the whole secret wraps into view on a phone instead of scrolling inside a box;
            it grows to fit a long one (a webhook's URL), never below its two rows. */}
        <textarea
          id={id}
          readOnly
          rows={2}
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
          className="block min-h-11 min-w-0 flex-1 resize-none field-sizing-content break-all rounded-md border-0 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-900 ring-1 ring-inset ring-slate-300"
        />
        <Button onClick={() => void navigator.clipboard.writeText(secret).then(() => setCopied(secret))}>{copied === secret ? "Copied" : "Copy"}</Button>
      </div>
    </div>
  );
}
