import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";

export interface VersionContentView {
  id: string;
  kind: string;
  number: number | null;
  content: string;
  contentHash: string;
}

/** The script text of one draft or published version of a runbook; test snapshots are not history. */
export async function getVersionContent(db: DbOrTx, runbookId: string, versionId: string): Promise<VersionContentView> {
  const row = await db.runbookVersion.findFirst({
    where: { id: versionId, runbookId, kind: { in: ["draft", "published"] } },
    select: { id: true, kind: true, number: true, content: true, contentHash: true },
  });
  if (!row) throw notFound("Runbook version");
  return row;
}
