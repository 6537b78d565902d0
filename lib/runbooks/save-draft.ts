import { z } from "zod";
import { actorName, type AuditContext } from "@/lib/audit/audit-context";
import type { AuditDetails } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseScript } from "@/lib/pwsh/parse-script";
import { scriptParameterSchema, scriptParseErrorSchema } from "@/lib/pwsh/parse-result";
import { contentHash } from "./content-hash";
import { recordRunbookAudit, type RunbookAction } from "./record-runbook-audit";

export const draftView = z.object({
  content: z.string(),
  contentHash: z.string(),
  savedAt: z.string(),
  savedBy: z.string().nullable(),
  errors: z.array(scriptParseErrorSchema).describe("PowerShell's parse errors; a draft with errors saves but does not publish."),
  parameters: z.array(scriptParameterSchema),
});
export type DraftView = z.infer<typeof draftView>;

/**
 * Replaces the draft's content. The draft row is the one editable version, so it is updated in place;
 * its createdAt/createdBy then say when and by whom the current text was written. The script is parsed
 * first so the draft carries its param() block (what a test run and the Start form offer). It is
 * audited as `runbook.draft_save` unless the caller names why the draft changed (a discard, a restore).
 */
export async function saveDraft(
  db: Db,
  runbookId: string,
  content: string,
  by: AuditContext,
  audit: { action: RunbookAction; details?: AuditDetails } = { action: "draft_save" },
): Promise<DraftView> {
  const actor = actorName(by);
  const { errors, parameters } = await parseScript(content);
  const hash = contentHash(content);
  const now = new Date();
  const draft = await db.$transaction(async (tx) => {
    const runbook = await tx.runbook.findUnique({ where: { id: runbookId }, select: { id: true, name: true, draftVersionId: true } });
    if (!runbook) throw notFound("Runbook");
    const saved = runbook.draftVersionId
      ? await tx.runbookVersion.update({ where: { id: runbook.draftVersionId }, data: { content, contentHash: hash, parameters, createdAt: now, createdBy: actor } })
      : await tx.runbookVersion.create({ data: { runbookId, kind: "draft", content, contentHash: hash, parameters, createdAt: now, createdBy: actor } });
    await tx.runbook.update({ where: { id: runbookId }, data: { draftVersionId: saved.id, updatedBy: actor } });
    await recordRunbookAudit(tx, by, audit.action, runbook, { contentHash: hash, ...audit.details });
    return saved;
  });
  return { content: draft.content, contentHash: draft.contentHash, savedAt: draft.createdAt.toISOString(), savedBy: draft.createdBy, errors, parameters };
}
