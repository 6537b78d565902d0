"use client";

import { NameDescriptionForm } from "@/components/ui/name-description-form";
import { createGroupSchema } from "@/lib/groups/schemas";
import { useCreateGroup } from "./use-admin";

export function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const create = useCreateGroup();
  return <NameDescriptionForm schema={createGroupSchema} create={create} errorTitle="The group was not created" submitLabel="Create group" onDone={onDone} />;
}
