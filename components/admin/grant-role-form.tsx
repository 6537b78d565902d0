"use client";

import { FormActions } from "@/components/ui/form-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { roles } from "@/lib/auth/permissions";
import { createRoleAssignmentSchema } from "@/lib/role-assignments/schemas";
import { useCreateRoleAssignment } from "./use-admin";

const selectClass = "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none";

/** Grants a role to one user or group, everywhere or only on runbooks with a tag. */
export function GrantRoleForm({ holder, onDone }: { holder: { userId: string } | { groupId: string }; onDone: () => void }) {
  const grant = useCreateRoleAssignment();
  const { errors, onSubmit } = useSchemaForm({
    schema: createRoleAssignmentSchema,
    labels: { role: "Role", scopeTag: "Tag" },
    read: (form) => ({ ...holder, role: form.get("role"), scopeTag: String(form.get("scopeTag") ?? "") }),
    submit: grant.mutate,
    onDone,
  });

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
      <FormActions submitLabel="Grant role" pending={grant.isPending} onCancel={onDone} />
    </form>
  );
}
