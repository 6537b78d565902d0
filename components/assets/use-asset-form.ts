"use client";

import type { z } from "zod";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { text } from "./asset-form-shell";
import { useSaveAsset, type AssetCollection } from "./use-assets";

/**
 * An asset's create or edit form, checked by the schema its route parses: the create schema for a
 * new asset, the update schema (PATCH by `editingName`) for an existing one. `read` returns the
 * body without the name; the shell's Name field is added when creating.
 */
export function useAssetForm<C extends z.ZodType, U extends z.ZodType>({
  collection,
  editingName,
  create,
  update,
  labels,
  read,
  onDone,
}: {
  collection: AssetCollection;
  editingName: string | undefined;
  create: C;
  update: U;
  labels: Record<string, string>;
  read: (form: FormData) => object | Promise<object>;
  onDone: () => void;
}) {
  const save = useSaveAsset(collection);
  const { errors, onSubmit } = useSchemaForm({
    schema: editingName === undefined ? create : update,
    labels,
    read: async (form) => {
      const body = await read(form);
      return editingName === undefined ? { name: text(form, "name"), ...body } : body;
    },
    submit: (body, callbacks) => save.mutate({ name: editingName, body }, callbacks),
    reset: save.reset,
    onDone,
  });
  return { errors, onSubmit, save };
}
