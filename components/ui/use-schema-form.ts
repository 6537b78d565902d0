"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrors, serverFieldError } from "./field-errors";

/**
 * Thrown by a form's `read` when a field's text cannot become the value the schema expects (JSON
 * that does not parse, "abc" for a number the schema types loosely): the message shows beside it.
 */
export class UnreadableFieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SchemaFormOptions<S extends z.ZodType, R> {
  /** The route's own zod schema: the form checks exactly what the server will. */
  schema: S;
  labels: Record<string, string>;
  /** Turns the submitted form into the schema's input; may be async (reading an uploaded file). */
  read: (form: FormData) => unknown;
  /** Sends the parsed value (usually a react-query mutation's `mutate`). */
  submit: (value: z.infer<S>, callbacks: { onSuccess: (result: R) => void; onError: (err: unknown) => void }) => void;
  /** Forgets the previous attempt's outcome (the mutation's `reset`), so its error does not outlive the next attempt. */
  reset: () => void;
  onDone: (result: R) => void;
}

/**
 * A form validated by its zod schema before it is sent: field errors from the schema, or from a
 * server error that names a field, show beside that field; other errors are the caller's to show.
 * Every attempt starts clean: the errors of the one before go, whether it failed here or on the server.
 */
export function useSchemaForm<S extends z.ZodType, R = unknown>({ schema, labels, read, submit, reset, onDone }: SchemaFormOptions<S, R>) {
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function check(form: FormData) {
    reset();
    let input: unknown;
    try {
      input = await read(form);
    } catch (err) {
      if (err instanceof UnreadableFieldError) return setErrors({ [err.field]: err.message });
      throw err;
    }
    const parsed = schema.safeParse(input);
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

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void check(new FormData(e.currentTarget));
  }

  /** Drops a field's error once its value is replaced (e.g. filled in from an uploaded file). */
  function clearError(field: string) {
    setErrors(({ [field]: _stale, ...rest }) => rest);
  }

  return { errors, onSubmit, clearError };
}
