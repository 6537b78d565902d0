"use client";

import { useRouter } from "next/navigation";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { createRunbookSchema, importRunbookSchema } from "@/lib/runbooks/schemas";
import { useCreateRunbook } from "./use-runbooks";

const labels = { name: "Name", description: "Description", tags: "Tags", "tags[]": "Tag", content: "Script" };

export function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * A form that creates a runbook (POST /api/v1/runbooks) from its Name, Description and Tags fields
 * plus `content`, checked by `schema`, then opens the new runbook's editor.
 */
export function useNewRunbookForm(schema: typeof createRunbookSchema | typeof importRunbookSchema, content: string) {
  const router = useRouter();
  const create = useCreateRunbook();
  const form = useSchemaForm({
    schema,
    labels,
    read: (data) => ({
      name: String(data.get("name") ?? ""),
      description: String(data.get("description") ?? ""),
      tags: splitTags(String(data.get("tags") ?? "")),
      content,
    }),
    submit: create.mutate,
    reset: create.reset,
    onDone: (runbook) => router.push(`/runbooks/${runbook.id}/edit`),
  });
  return { ...form, create };
}
