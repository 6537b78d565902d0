import { actorName, type AuditContext } from "@/lib/audit/audit-context";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { getRunbookOrThrow } from "./get-runbook-or-throw";
import { recordRunbookAudit } from "./record-runbook-audit";
import { runbookKeys } from "./runbook-keys";
import type { RunbookDetail } from "./runbook-views";
import type { UpdateRunbookInput } from "./schemas";

/** Updates a runbook's properties; tags, when given, replace the current set. A new name must be unused, ignoring case. */
export async function updateRunbook(db: Db, runbookId: string, input: UpdateRunbookInput, by: AuditContext): Promise<RunbookDetail> {
  const { tags, ...fields } = input;
  await db.$transaction(async (tx) => {
    const before = await tx.runbook.findUnique({ where: { id: runbookId }, select: { name: true, description: true, tags: { select: { tag: true } } } });
    if (!before) throw notFound("Runbook");
    if (fields.name !== undefined) {
      const [same] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM "Runbook" WHERE LOWER(name) = LOWER(${fields.name}) AND id <> ${runbookId}`;
      if (same) throw new AppError("conflict", `A runbook named ${same.name} already exists`, { field: "name" });
    }
    const after = await tx.runbook.update({ where: { id: runbookId }, data: { ...fields, ...keysAfter(before, input), updatedBy: actorName(by) }, select: { id: true, name: true } });
    if (tags) {
      await tx.runbookTag.deleteMany({ where: { runbookId } });
      if (tags.length) await tx.runbookTag.createMany({ data: tags.map((tag) => ({ runbookId, tag })) });
    }
    const changed = Object.keys(input).filter((k) => input[k as keyof UpdateRunbookInput] !== undefined);
    await recordRunbookAudit(tx, by, "update", after, { changed, ...(after.name !== before.name ? { previousName: before.name } : {}) });
  });
  return getRunbookOrThrow(db, runbookId);
}

function keysAfter(before: { name: string; description: string; tags: { tag: string }[] }, input: UpdateRunbookInput) {
  return runbookKeys({
    name: input.name ?? before.name,
    description: input.description ?? before.description,
    tags: input.tags ?? before.tags.map((t) => t.tag),
  });
}
