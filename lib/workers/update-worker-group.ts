import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { UpdateWorkerGroupInput } from "./worker-group-schemas";
import { toWorkerGroupView, workerGroupViewSelect, type WorkerGroupView } from "./worker-group-view";

export async function updateWorkerGroup(db: Db, actor: Principal, name: string, input: UpdateWorkerGroupInput, sourceAddress: string | null = null): Promise<WorkerGroupView> {
  return db.$transaction(async (tx) => {
    const existing = await tx.workerGroup.findUnique({ where: { name }, select: { id: true, description: true, hostMode: true } });
    if (!existing) throw notFound(`Worker group ${name}`);
    const group = await tx.workerGroup.update({ where: { id: existing.id }, data: input, select: workerGroupViewSelect });
    // The forms send every field; the audit names only those whose value changed.
    const changed = (Object.keys(input) as (keyof UpdateWorkerGroupInput)[]).filter((k) => input[k] !== undefined && input[k] !== existing[k]);
    await recordAuditEvent(tx, { actor, action: "worker_group.update", target: { type: "worker_group", id: group.id, name }, sourceAddress, details: { changed } });
    return toWorkerGroupView(group);
  });
}
