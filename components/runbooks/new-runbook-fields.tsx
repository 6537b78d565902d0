"use client";

import type { InputHTMLAttributes } from "react";
import { useScopeTags } from "@/components/auth/principal-context";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";

const nameRule = "Letters, digits, '-' and '_'; starts with a letter; up to 63 characters.";

/** Name, Description and Tags of a runbook being created; `nameInput` lets a form control the name. */
export function NewRunbookFields({ errors, nameHint, nameInput }: { errors: Record<string, string>; nameHint: string; nameInput?: InputHTMLAttributes<HTMLInputElement> }) {
  // Someone who may write runbooks only under some tags must give the new one such a tag: start with theirs.
  const scopedTo = useScopeTags("runbook.write");
  const tagsHint = scopedTo
    ? `Comma-separated. You may create runbooks only with one of your tags: ${scopedTo.join(", ")}.`
    : "Comma-separated. Tags group runbooks and scope who may see and run them.";
  return (
    <>
      <Field label="Name" required error={errors.name} hint={`${nameRule} ${nameHint}`}>
        {(p) => <Input {...p} {...nameInput} name="name" required maxLength={63} autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={3} maxLength={512} />}
      </Field>
      <Field label="Tags" error={errors.tags} hint={tagsHint} required={scopedTo !== null}>
        {(p) => <Input {...p} name="tags" autoComplete="off" placeholder="e.g. network, nightly" defaultValue={scopedTo?.[0]} />}
      </Field>
    </>
  );
}

export function NewRunbookActions({ submitLabel, pending }: { submitLabel: string; pending: boolean }) {
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" variant="primary" pending={pending}>
        {submitLabel}
      </Button>
      <ButtonLink href="/runbooks" variant="ghost">
        Cancel
      </ButtonLink>
    </div>
  );
}
