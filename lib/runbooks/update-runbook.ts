import type { Db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { getRunbookOrThrow } from "./get-runbook-or-throw";
import type { RunbookDetail } from "./runbook-views";
import type { UpdateRunbookInput } from "./schemas";

/** Updates a runbook's properties; tags, when given, replace the current set. A new name must be unused, ignoring case. */
export async function updateRunbook(db: Db, runbookId: string, input: UpdateRunbookInput, actor: string): Promise<RunbookDetail> {
  const { tags, ...fields } = input;
  await db.$transaction(async (tx) => {
    if (fields.name !== undefined) {
      const [same] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM "Runbook" WHERE LOWER(name) = LOWER(${fields.name}) AND id <> ${runbookId}`;
      if (same) throw conflict(`A runbook named ${same.name} already exists`);
    }
    await tx.runbook.update({ where: { id: runbookId }, data: { ...fields, updatedBy: actor } });
    if (tags) {
      await tx.runbookTag.deleteMany({ where: { runbookId } });
      if (tags.length) await tx.runbookTag.createMany({ data: tags.map((tag) => ({ runbookId, tag })) });
    }
  });
  return getRunbookOrThrow(db, runbookId);
}
