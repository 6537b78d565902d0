import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { contentHash } from "./content-hash";

export interface DraftView {
  content: string;
  contentHash: string;
  savedAt: string;
  savedBy: string | null;
}

/**
 * Replaces the draft's content. The draft row is the one editable version, so it is updated in place;
 * its createdAt/createdBy then say when and by whom the current text was written.
 */
export async function saveDraft(db: Db, runbookId: string, content: string, actor: string): Promise<DraftView> {
  const hash = contentHash(content);
  const now = new Date();
  const draft = await db.$transaction(async (tx) => {
    const runbook = await tx.runbook.findUnique({ where: { id: runbookId }, select: { draftVersionId: true } });
    if (!runbook) throw notFound("Runbook");
    const saved = runbook.draftVersionId
      ? await tx.runbookVersion.update({ where: { id: runbook.draftVersionId }, data: { content, contentHash: hash, createdAt: now, createdBy: actor } })
      : await tx.runbookVersion.create({ data: { runbookId, kind: "draft", content, contentHash: hash, createdAt: now, createdBy: actor } });
    await tx.runbook.update({ where: { id: runbookId }, data: { draftVersionId: saved.id, updatedBy: actor } });
    return saved;
  });
  return { content: draft.content, contentHash: draft.contentHash, savedAt: draft.createdAt.toISOString(), savedBy: draft.createdBy };
}
