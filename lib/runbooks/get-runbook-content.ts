import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { contentVersionSchema, type ContentVersion } from "./schemas";

export const runbookContentView = z.object({
  version: contentVersionSchema,
  number: z.number().int().nullable(),
  content: z.string(),
  contentHash: z.string(),
  savedAt: z.string(),
  savedBy: z.string().nullable(),
});
export type RunbookContentView = z.infer<typeof runbookContentView>;

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
