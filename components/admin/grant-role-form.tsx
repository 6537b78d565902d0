"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { queryKeys } from "@/components/api/query-keys";
import { FormActions } from "@/components/ui/form-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { roles } from "@/lib/auth/permissions";
import { createRoleAssignmentSchema } from "@/lib/role-assignments/schemas";
import type { RunbookTagView } from "@/lib/runbooks/list-runbook-tags";
import { useCreateRoleAssignment } from "./use-admin";

const selectClass = "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none";

/** Grants a role to one user or group, everywhere or only on runbooks with a tag. */
export function GrantRoleForm({ holder, onDone }: { holder: { userId: string } | { groupId: string }; onDone: () => void }) {
  const grant = useCreateRoleAssignment();
  const listId = useId();
  const [scopeTag, setScopeTag] = useState("");
  const tags = useQuery({ queryKey: queryKeys.runbookTags(), queryFn: ({ signal }) => fetchAllPages<RunbookTagView>("/api/v1/runbook-tags", { signal }) });
  const typed = scopeTag.trim();
  // A tag no runbook carries grants nothing until one does: usually a typo, so say so (but allow it).
  const unused = typed !== "" && tags.data !== undefined && !tags.data.some((t) => t.tag === typed);
  const { errors, onSubmit } = useSchemaForm({
    schema: createRoleAssignmentSchema,
    labels: { role: "Role", scopeTag: "Tag" },
    read: (form) => ({ ...holder, role: form.get("role"), scopeTag: typed }),
    submit: grant.mutate,
    reset: grant.reset,
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
      <Field
        label="Only on runbooks tagged"
        error={errors.scopeTag}
        hint={
          unused ? (
            <span className="font-medium text-amber-800" data-testid="unused-tag-warning">
              No runbook carries the tag {typed} yet: this grant gives access to nothing until one does. Check the spelling, or pick a tag from the list.
            </span>
          ) : (
            "Leave empty to grant the role everywhere. A tag limits runbook and job rights to runbooks carrying it; existing tags are suggested."
          )
        }
      >
        {(p) => <Input {...p} name="scopeTag" list={listId} value={scopeTag} onChange={(e) => setScopeTag(e.target.value)} autoComplete="off" placeholder="e.g. payments" />}
      </Field>
      <datalist id={listId}>
        {(tags.data ?? []).map((t) => (
          <option key={t.tag} value={t.tag} label={`${t.runbooks} runbook${t.runbooks === 1 ? "" : "s"}`} />
        ))}
      </datalist>
      <FormActions submitLabel="Grant role" pending={grant.isPending} onCancel={onDone} />
    </form>
  );
}
