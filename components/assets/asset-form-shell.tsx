"use client";

import { useId, type FormEvent, type InputHTMLAttributes, type ReactNode } from "react";
import { ErrorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input, Textarea } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";

/**
 * Name (fixed once created), description, the kind's own fields, the save error (unless it names a
 * field, which then shows beside that field) and Save/Cancel.
 */
export function AssetFormShell({
  label,
  editingName,
  errors,
  error,
  pending,
  onSubmit,
  onCancel,
  defaultDescription,
  children,
}: {
  label: string;
  editingName?: string;
  errors: Record<string, string>;
  error: unknown;
  pending: boolean;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  defaultDescription?: string;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={editingName ? `Edit ${label} ${editingName}` : `New ${label}`}>
      {editingName === undefined ? (
        <Field label="Name" required error={errors.name}>
          {(p) => <Input {...p} name="name" required maxLength={128} autoComplete="off" />}
        </Field>
      ) : null}
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={2} maxLength={512} defaultValue={defaultDescription} />}
      </Field>
      {children}
      <ErrorMessage error={serverFieldError(error) ? null : error} title={`The ${label} was not saved`} />
      <FormActions submitLabel={editingName ? "Save" : `Create ${label}`} pending={pending} onCancel={onCancel} />
    </form>
  );
}

/** A labelled checkbox whose explanation is its description, not part of its name. */
export function Checkbox({ label, hint, ...rest }: { label: string; hint: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm text-slate-800">
      <input {...rest} id={id} type="checkbox" aria-describedby={`${id}-hint`} className={checkboxClass} />
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="text-xs text-slate-500">{hint}</span>
    </div>
  );
}

export const selectClass = "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300";
export const checkboxClass = "size-4 rounded border-slate-300 text-indigo-600";

export const text = (form: FormData, name: string) => String(form.get(name) ?? "");
