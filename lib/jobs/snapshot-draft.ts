import type { Db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { describeParseError, parseScript } from "@/lib/pwsh/parse-script";

/**
 * An immutable `snapshot` version of the runbook's draft for a test or debug run: the draft keeps
 * changing while the run goes on. A script PowerShell cannot parse is refused like a publish is; the
 * parameters are parsed from the text the run will execute.
 */
export async function snapshotDraft(db: Db, runbookId: string, createdBy: string): Promise<{ id: string }> {
  const runbook = await db.runbook.findUnique({ where: { id: runbookId }, select: { draftVersion: { select: { content: true, contentHash: true } } } });
  if (!runbook) throw notFound("Runbook");
  const draft = runbook.draftVersion;
  if (!draft || !draft.content.trim()) throw conflict("The draft is empty: write the script before testing it");
  const parsed = await parseScript(draft.content);
  const firstError = describeParseError(parsed);
  if (firstError) throw new AppError("validation_failed", `The script has parse errors and cannot run: ${firstError}`, { field: "content" });
  return db.runbookVersion.create({
    data: { runbookId, kind: "snapshot", content: draft.content, contentHash: draft.contentHash, parameters: parsed.parameters, createdBy },
    select: { id: true },
  });
}
