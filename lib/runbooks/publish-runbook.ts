import type { Db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { getRunbookOrThrow } from "./get-runbook-or-throw";
import type { RunbookDetail } from "./runbook-views";

/**
 * Publishes the draft as a new immutable version numbered after the last one. The draft stays as the
 * editable copy with the same content, so the runbook reads as "published" until the next edit.
 */
export async function publishRunbook(db: Db, runbookId: string, actor: string): Promise<RunbookDetail> {
  await db.$transaction(async (tx) => {
    const runbook = await tx.runbook.findUnique({
      where: { id: runbookId },
      select: { draftVersion: true, publishedVersion: { select: { contentHash: true } } },
    });
    if (!runbook) throw notFound("Runbook");
    const draft = runbook.draftVersion;
    if (!draft) throw conflict("This runbook has no draft to publish");
    if (!draft.content.trim()) throw new AppError("validation_failed", "The draft is empty: write the script before publishing", { field: "content" });
    if (runbook.publishedVersion?.contentHash === draft.contentHash) throw conflict("The draft is identical to the published version");
    const last = await tx.runbookVersion.aggregate({ where: { runbookId }, _max: { number: true } });
    const now = new Date();
    // Two concurrent publishes collide on (runbookId, number) and the loser gets a 409.
    const published = await tx.runbookVersion.create({
      data: {
        runbookId,
        kind: "published",
        number: (last._max.number ?? 0) + 1,
        content: draft.content,
        contentHash: draft.contentHash,
        parameters: draft.parameters ?? undefined,
        createdBy: draft.createdBy,
        createdAt: draft.createdAt,
        publishedAt: now,
        publishedBy: actor,
      },
    });
    await tx.runbook.update({ where: { id: runbookId }, data: { publishedVersionId: published.id, updatedBy: actor } });
  });
  return getRunbookOrThrow(db, runbookId);
}
