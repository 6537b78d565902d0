import type { AuditContext } from "@/lib/audit/audit-context";
import type { Db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { saveDraft, type DraftView } from "./save-draft";

/** Resets the draft to the published script, throwing away unpublished edits. */
export async function discardDraft(db: Db, runbookId: string, by: AuditContext): Promise<DraftView> {
  const runbook = await db.runbook.findUnique({ where: { id: runbookId }, select: { publishedVersion: { select: { content: true, number: true } } } });
  if (!runbook) throw notFound("Runbook");
  if (!runbook.publishedVersion) throw conflict("This runbook has never been published, so there is no published version to reset the draft to");
  return saveDraft(db, runbookId, runbook.publishedVersion.content, by, { action: "draft_discard", details: { publishedVersion: runbook.publishedVersion.number } });
}
