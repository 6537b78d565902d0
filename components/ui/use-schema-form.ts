"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrors, serverFieldError } from "./field-errors";

export interface SchemaFormOptions<S extends z.ZodType> {
  /** The route's own zod schema: the form checks exactly what the server will. */
  schema: S;
  labels: Record<string, string>;
  /** Turns the submitted form into the schema's input. */
  read: (form: FormData) => unknown;
  /** Sends the parsed value (usually a react-query mutation's `mutate`). */
  submit: (value: z.infer<S>, callbacks: { onSuccess: () => void; onError: (err: unknown) => void }) => void;
  onDone: () => void;
}

/**
 * A form validated by its zod schema before it is sent: field errors from the schema, or from a
 * server error that names a field, show beside that field; other errors are the caller's to show.
 */
export function useSchemaForm<S extends z.ZodType>({ schema, labels, read, submit, onDone }: SchemaFormOptions<S>) {
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = schema.safeParse(read(new FormData(e.currentTarget)));
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, labels));
    setErrors({});
    submit(parsed.data, {
      onSuccess: onDone,
      onError: (err) => {
        const f = serverFieldError(err);
        if (f) setErrors({ [f.field]: f.message });
      },
    });
  }

  return { errors, onSubmit };
}
