import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CreateWorkerGroupInput } from "./worker-group-schemas";
import { toWorkerGroupView, workerGroupViewSelect, type WorkerGroupView } from "./worker-group-view";

/** Creates a group ahead of its workers, so runbooks and jobs can target it before one registers. */
export async function createWorkerGroup(db: Db, actor: Principal, input: CreateWorkerGroupInput, sourceAddress: string | null = null): Promise<WorkerGroupView> {
  try {
    return await db.$transaction(async (tx) => {
      const group = await tx.workerGroup.create({ data: input, select: workerGroupViewSelect });
      await recordAuditEvent(tx, { actor, action: "worker_group.create", target: { type: "worker_group", id: group.id, name: group.name }, sourceAddress });
      return toWorkerGroupView(group);
    });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") throw new AppError("conflict", `A worker group named ${input.name} already exists`, { field: "name" });
    throw err;
  }
}
