import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ContentVersion } from "./schemas";

export interface RunbookContentView {
  version: ContentVersion;
  number: number | null;
  content: string;
  contentHash: string;
  savedAt: string;
  savedBy: string | null;
}

/** The script text of the draft or of the current published version. */
export async function getRunbookContent(db: DbOrTx, runbookId: string, version: ContentVersion): Promise<RunbookContentView> {
  const runbook = await db.runbook.findUnique({
    where: { id: runbookId },
    select: { draftVersion: true, publishedVersion: true },
  });
  if (!runbook) throw notFound("Runbook");
  const row = version === "draft" ? runbook.draftVersion : runbook.publishedVersion;
  if (!row) throw notFound(version === "draft" ? "Draft" : "Published version");
  return {
    version,
    number: row.number,
    content: row.content,
    contentHash: row.contentHash,
    savedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    savedBy: row.publishedBy ?? row.createdBy,
  };
}
