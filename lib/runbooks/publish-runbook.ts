import { actorName, type AuditContext } from "@/lib/audit/audit-context";
import type { Db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { describeParseError, parseScript } from "@/lib/pwsh/parse-script";
import { getRunbookOrThrow } from "./get-runbook-or-throw";
import { recordRunbookAudit } from "./record-runbook-audit";
import type { RunbookDetail } from "./runbook-views";

/**
 * Publishes the draft as a new immutable version numbered after the last one. The draft stays as the
 * editable copy with the same content, so the runbook reads as "published" until the next edit.
 * A script PowerShell cannot parse is refused, naming the first error; the parse happens outside the
 * transaction (it waits on pwsh), so the transaction checks that the draft is still the text parsed.
 */
export async function publishRunbook(db: Db, runbookId: string, by: AuditContext): Promise<RunbookDetail> {
  const actor = actorName(by);
  const before = await db.runbook.findUnique({ where: { id: runbookId }, select: { draftVersion: { select: { content: true, contentHash: true } } } });
  if (!before) throw notFound("Runbook");
  const parsed = before.draftVersion ? await parseScript(before.draftVersion.content) : null;
  const firstError = parsed && describeParseError(parsed);
  if (firstError) throw new AppError("validation_failed", `The script has parse errors and cannot be published: ${firstError}`, { field: "content" });
  await db.$transaction(async (tx) => {
    const runbook = await tx.runbook.findUnique({
      where: { id: runbookId },
      select: { id: true, name: true, draftVersion: true, publishedVersion: { select: { contentHash: true } } },
    });
    if (!runbook) throw notFound("Runbook");
    const draft = runbook.draftVersion;
    if (!draft) throw conflict("This runbook has no draft to publish");
    if (!draft.content.trim()) throw new AppError("validation_failed", "The draft is empty: write the script before publishing", { field: "content" });
    if (runbook.publishedVersion?.contentHash === draft.contentHash) throw conflict("The draft is identical to the published version");
    if (draft.contentHash !== before.draftVersion?.contentHash || !parsed) throw conflict("The draft changed while it was being published: publish again");
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
        parameters: parsed.parameters,
        createdBy: draft.createdBy,
        createdAt: draft.createdAt,
        publishedAt: now,
        publishedBy: actor,
      },
    });
    await tx.runbook.update({ where: { id: runbookId }, data: { publishedVersionId: published.id, updatedBy: actor } });
    await recordRunbookAudit(tx, by, "publish", runbook, { version: published.number, contentHash: published.contentHash });
  });
  return getRunbookOrThrow(db, runbookId);
}
