"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import { roles } from "@/lib/auth/permissions";
import { createRoleAssignmentSchema } from "@/lib/role-assignments/schemas";
import { useCreateRoleAssignment } from "./use-admin";

const selectClass = "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none";

/** Grants a role to one user or group, everywhere or only on runbooks with a tag. */
export function GrantRoleForm({ holder, onDone }: { holder: { userId: string } | { groupId: string }; onDone: () => void }) {
  const grant = useCreateRoleAssignment();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = createRoleAssignmentSchema.safeParse({ ...holder, role: form.get("role"), scopeTag: String(form.get("scopeTag") ?? "") });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, { role: "Role", scopeTag: "Tag" }));
    setErrors({});
    grant.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (err) => {
        const f = serverFieldError(err);
        if (f) setErrors({ [f.field]: f.message });
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(grant.error) ? null : grant.error} title="The role was not granted" />
      <Field label="Role" error={errors.role}>
        {(p) => (
          <select {...p} name="role" className={selectClass} defaultValue="Reader">
            {roles.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Only on runbooks tagged" error={errors.scopeTag} hint="Leave empty to grant the role everywhere. A tag limits runbook and job rights to runbooks carrying it.">
        {(p) => <Input {...p} name="scopeTag" autoComplete="off" placeholder="e.g. payments" />}
      </Field>
      <div className="flex gap-3">
        <Button type="submit" variant="primary" pending={grant.isPending}>
          Grant role
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
