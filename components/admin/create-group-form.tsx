"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import { createGroupSchema } from "@/lib/groups/schemas";
import { useCreateGroup } from "./use-admin";

export function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const create = useCreateGroup();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = createGroupSchema.safeParse({ name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, { name: "Name", description: "Description" }));
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (err) => {
        const f = serverFieldError(err);
        if (f) setErrors({ [f.field]: f.message });
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(create.error) ? null : create.error} title="The group was not created" />
      <Field label="Name" error={errors.name}>
        {(p) => <Input {...p} name="name" required autoComplete="off" autoFocus />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={2} maxLength={512} />}
      </Field>
      <div className="flex gap-3">
        <Button type="submit" variant="primary" pending={create.isPending}>
          Create group
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
