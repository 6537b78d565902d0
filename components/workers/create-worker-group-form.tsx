"use client";

import { NameDescriptionForm } from "@/components/ui/name-description-form";
import { createWorkerGroupSchema } from "@/lib/workers/worker-group-schemas";
import { groupHostModeFields } from "./group-host-mode-fields";
import { useCreateWorkerGroup } from "./use-worker-group-mutations";

export function CreateWorkerGroupForm({ onDone }: { onDone: () => void }) {
  const create = useCreateWorkerGroup();
  return (
    <NameDescriptionForm
      schema={createWorkerGroupSchema}
      create={create}
      errorTitle="The worker group was not created"
      submitLabel="Create worker group"
      nameHint={<>Workers join it with <code className="font-mono">BATON_WORKER_GROUP</code>; the name cannot change later.</>}
      nameMaxLength={64}
      extra={groupHostModeFields("process")}
      onDone={onDone}
    />
  );
}
